-- datastore: every result pushed to the national data store (kho dữ liệu quốc gia), through an outbox.
-- A row is written with the stored result it pushes; a node claims due rows one by one (skip locked, for
-- claim_seconds), pushes them and records the outcome: pushed, or the failure and when to try again, with
-- a backoff that doubles up to a ceiling. A push is never given up: it is retried until it succeeds.
create table national_push (
    id               bigint generated always as identity primary key,
    stored_document  bigint       not null unique references stored_document (id),
    dossier_code     varchar(60)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    claimed_by       varchar(128),
    claimed_until    timestamptz,
    pushed_at        timestamptz,
    last_error       text
);
create index national_push_due on national_push (next_attempt_at) where pushed_at is null;

-- index: a dossier whose result reached the national data store counts in 5.5 whatever its later
-- transitions say (they carry only where its components came from).
alter table index_dossier_fact add column result_pushed boolean not null default false;
