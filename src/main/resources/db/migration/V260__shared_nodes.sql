-- Two or more application nodes on one database (platform): whatever one node knows that another
-- must see lives here, not in a node's memory.

-- Sessions (Spring Session JDBC's own schema for PostgreSQL): log in on one node, act on another.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

-- Background work that one node at a time does (the file sweep…): a lease, taken by a conditional
-- upsert and held until it expires. A table rather than advisory locks, which distributed
-- PostgreSQL-compatible engines do not all offer (docs/scaling.md).
create table platform_lease (
    name        varchar(64)  primary key,
    holder      varchar(128) not null,
    acquired_at timestamptz  not null,
    expires_at  timestamptz  not null
);

-- Look-ups by code and ID number per client address and minute, counted by every node together.
create table platform_rate_count (
    scope        varchar(32)  not null,
    client       varchar(64)  not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (scope, client, window_start)
);
create index platform_rate_count_window on platform_rate_count (window_start);

-- Background imports of uploaded history files: any node shows an import's page, whichever ran it.
create table history_import_job (
    id            uuid         primary key,
    file_name     text         not null,
    started_by    varchar(64)  not null,
    started_at    timestamp    not null,
    total_bytes   bigint       not null,
    state         varchar(16)  not null check (state in ('QUEUED', 'RUNNING', 'FINISHED', 'FAILED')),
    bytes_read    bigint       not null default 0,
    lines         bigint       not null default 0,
    created       bigint       not null default 0,
    updated       bigint       not null default 0,
    rejected      bigint       not null default 0,
    summary       jsonb,
    failure       text,
    node          varchar(128) not null,
    updated_at    timestamptz  not null
);
create index history_import_job_started on history_import_job (started_at desc);
