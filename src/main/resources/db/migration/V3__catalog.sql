-- catalog: procedures (thủ tục hành chính) and their versions, one per announcement decision.

-- The procedure itself: its codes never change across versions.
create table catalog_procedure (
    code       varchar(20) primary key,
    local_code varchar(60) not null unique,
    created_at timestamptz not null default now()
);
-- Code prefix search ("1.0011…") must use an index whatever the database's collation.
create index catalog_procedure_code_prefix on catalog_procedure (code text_pattern_ops);
create index catalog_procedure_local_code_prefix on catalog_procedure (lower(local_code) text_pattern_ops);

-- One row per version. The published parts live in "content" (the Java record ProcedureContent as
-- JSON); the columns beside it are copies of the parts that are filtered, searched or reported on.
create table catalog_procedure_version (
    id                      bigint generated always as identity primary key,
    procedure_code          varchar(20) not null references catalog_procedure (code),
    version                 integer     not null check (version > 0),
    status                  varchar(12) not null check (status in ('in_force', 'superseded', 'retired')),
    name                    text        not null,
    field                   text        not null,
    level                   varchar(8)  not null check (level in ('province', 'commune')),
    unit_identifiers        text[]      not null,
    decision_number         text        not null,
    decision_signed_on      date        not null,
    decision_effective_from date        not null check (decision_effective_from >= decision_signed_on),
    content                 jsonb       not null,
    -- Lower case, no diacritics, "đ" as "d" (normalised in Java: unaccent may be missing).
    search_name             text        not null,
    search_text             text        not null,
    search_vector           tsvector generated always as (to_tsvector('simple', search_text)) stored,
    published_at            timestamptz not null,
    ended_at                timestamptz,
    unique (procedure_code, version)
);

-- Exactly one version of a live procedure is in force; a retired procedure has none.
create unique index catalog_version_one_in_force on catalog_procedure_version (procedure_code)
    where status = 'in_force';
create index catalog_version_search on catalog_procedure_version using gin (search_vector)
    where status = 'in_force';
create index catalog_version_units on catalog_procedure_version using gin (unit_identifiers)
    where status = 'in_force';
create index catalog_version_field on catalog_procedure_version (field, level) where status = 'in_force';
