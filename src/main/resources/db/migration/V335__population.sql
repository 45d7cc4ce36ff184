-- The population database's look-ups (tra cứu Cơ sở dữ liệu quốc gia về dân cư), README "The population database".

-- Every look-up: who, for which dossier (or which reception, before the dossier exists), why, when, what was
-- asked and what the gateway answered. Append-only: a trigger refuses any update, delete or truncate.
create table population_lookup (
    id              bigserial    primary key,
    looked_up_at    timestamptz  not null,
    looked_up_by    varchar(120) not null,
    purpose         varchar(30)  not null,
    dossier_code    varchar(60),
    procedure_code  varchar(60),
    id_number       varchar(12)  not null,
    full_name       varchar(200),
    birth_year      integer,
    outcome         varchar(20)  not null,
    request_id      varchar(40)  not null unique
);
create index population_lookup_time on population_lookup (looked_up_at desc, id desc);

create function population_lookup_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'population_lookup is append-only: % refused', tg_op;
end;
$$;
create trigger population_lookup_no_change before update or delete on population_lookup
    for each row execute function population_lookup_append_only();
create trigger population_lookup_no_truncate before truncate on population_lookup
    for each statement execute function population_lookup_append_only();

-- What a dossier says about its applicant and the population database: a look-up made for it, with its
-- outcome (verified; found with other details; not found; gateway unavailable: the last three entered by hand).
create table population_dossier_check (
    dossier_code  varchar(60)  not null,
    lookup_id     bigint       not null references population_lookup (id),
    outcome       varchar(20)  not null,
    checked_at    timestamptz  not null,
    primary key (dossier_code, lookup_id)
);

-- Applicants verified against national data, per dossier and source (VNeID or the population database),
-- from the ApplicantVerified events; criterion 5.6 counts the dossiers that have one.
create table population_applicant_verification (
    dossier_code  varchar(60)  not null,
    source        varchar(30)  not null,
    id_number     varchar(20)  not null,
    verified_at   timestamptz  not null,
    primary key (dossier_code, source)
);

-- Procedures connected to the population database (5.7), as an administrator sets them.
create table population_procedure_connection (
    procedure_code  varchar(60)  primary key,
    connected_by    varchar(120) not null,
    connected_at    timestamptz  not null
);
