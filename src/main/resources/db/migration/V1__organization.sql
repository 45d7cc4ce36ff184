-- organization: the province's units and officers.
create table organization_unit (
    identifier        varchar(35) primary key
                      check (identifier ~ '^[0-9A-Z]+(\.[0-9A-Z]+)*$'),
    name              text        not null,
    level             varchar(16) not null check (level in ('PROVINCE', 'COMMUNE')),
    kind              varchar(32) not null,
    parent_identifier varchar(35) references organization_unit (identifier),
    active            boolean     not null default true,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create table organization_officer (
    username        varchar(64) primary key,
    full_name       text        not null,
    role            varchar(20) not null,
    unit_identifier varchar(35) not null references organization_unit (identifier),
    title           text,
    password_hash   text        not null,
    enabled         boolean     not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index organization_officer_unit on organization_officer (unit_identifier);

-- Days an administrator swaps each year on top of the holiday rules: extra days off, make-up Saturdays.
create table organization_calendar_override (
    day        date        primary key,
    kind       varchar(24) not null check (kind in ('EXTRA_DAY_OFF', 'MAKEUP_WORKING_DAY')),
    name       text        not null,
    updated_by varchar(64),
    updated_at timestamptz not null default now()
);
