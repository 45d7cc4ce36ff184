-- The national procedure database as last read (README "The national catalog", /admin/national-catalog).

-- One row per national procedure handled at province or commune level: its content as the national database
-- last served it, with the SHA-256 of that content; and the baseline, the content the province's catalog is in
-- step with (set on the first sync for a procedure the province already has, and whenever the province
-- publishes a version of it). New: no baseline and not in the province's catalog; changed: hash <> baseline.
create table national_catalog_procedure (
    code           varchar(60)  primary key,
    content        jsonb        not null,
    hash           char(64)     not null,
    baseline       jsonb,
    baseline_hash  char(64),
    first_seen_at  timestamptz  not null,
    changed_at     timestamptz  not null,
    adopted_at     timestamptz,
    check ((baseline is null) = (baseline_hash is null))
);
create index national_catalog_pending on national_catalog_procedure (changed_at desc)
    where baseline_hash is distinct from hash;

-- Every sync: when, by which node, what it found, or why it failed.
create table national_catalog_sync (
    id              bigint generated always as identity primary key,
    started_at      timestamptz  not null,
    finished_at     timestamptz  not null,
    node            varchar(200) not null,
    outcome         varchar(20)  not null,
    served          integer      not null default 0,
    new_count       integer      not null default 0,
    changed_count   integer      not null default 0,
    unchanged_count integer      not null default 0,
    skipped_count   integer      not null default 0,
    error           text
);
create index national_catalog_sync_recent on national_catalog_sync (started_at desc, id desc);
