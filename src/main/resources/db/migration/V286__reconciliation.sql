-- Daily reconciliation (đối soát) with the payment platform's settlement report. A run is kept per day and
-- time; each difference is kept once per day, kind and reference (a run again finds it, never adds it
-- twice) until an administrator resolves it with a note. Nothing resolves by itself: a difference a later
-- run no longer finds stays open.
create table reconciliation_run (
    id               bigserial    primary key,
    day              date         not null,
    started_at       timestamptz  not null,
    started_by       varchar(64)  not null,
    our_count        integer      not null,
    platform_count   integer      not null,
    differences      integer      not null
);
create index reconciliation_run_day on reconciliation_run (day, started_at);

create table reconciliation_difference (
    id                 bigserial    primary key,
    day                date         not null,
    kind               varchar(30)  not null,
    reference          varchar(64)  not null,
    dossier_code       varchar(64),
    our_amount_vnd     bigint,
    platform_amount_vnd bigint,
    our_account        varchar(80),
    platform_account   varchar(80),
    found_at           timestamptz  not null,
    resolved_at        timestamptz,
    resolved_by        varchar(64),
    resolution_note    varchar(2000),
    unique (day, kind, reference),
    check ((resolved_at is null) = (resolved_by is null) and (resolved_at is null) = (resolution_note is null))
);
create index reconciliation_difference_open on reconciliation_difference (day) where resolved_at is null;
