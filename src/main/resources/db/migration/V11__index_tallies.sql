-- Decision 766 index, part 2: every criterion's facts, daily tallies kept in step with them, and
-- the procedures' facts. The index of any period is read from the daily tallies of its whole days,
-- plus the few dossiers touched on the day in progress and those open at the moment judged: its
-- cost follows the number of units and days, not the size of the history.

-- A live dossier's row is now rewritten whole from the dossier's current state on every event, so
-- the per-transition merge (tracking_seq) is gone; imported history is marked by its origin.
alter table index_dossier_fact
    drop column tracking_seq,
    drop column receiving_unit,
    drop column procedure_version_id,
    drop column has_fee,
    add column origin                   varchar(8) not null default 'live' check (origin in ('live', 'import')),
    add column fees_due_vnd             bigint     not null default 0,
    add column paid_online              boolean    not null default false,
    add column synced_in_time           boolean    not null default false,
    add column component_reused         boolean    not null default false,
    add column national_data_store_used boolean    not null default false,
    add column applicant_verified       boolean    not null default false,
    add column worked_minutes           bigint,               -- only for a dossier without appointment
    add column limit_minutes            bigint,               -- the procedure's limit, same case
    add column result_at                timestamp generated always as (coalesce(done_at, returned_at)) stored;
alter table index_dossier_fact rename column rated_dissatisfied to complained_or_dissatisfied;

drop index index_dossier_fact_unit_received;
drop index index_dossier_fact_unit_finished;
drop index index_dossier_fact_unit_entered;
-- The day in progress: what entered, came out or finished since midnight.
create index index_dossier_fact_entered on index_dossier_fact (entered_at);
create index index_dossier_fact_result on index_dossier_fact (result_at);
create index index_dossier_fact_finished on index_dossier_fact (finished_at);
-- Open at a moment: entered by it and not finished before it (a stabbing query on the interval).
create index index_dossier_fact_open on index_dossier_fact using gist (tsrange(entered_at, finished_at, '[]'))
    where status is not null and not withdrawn and entered_at is not null;

-- The tallies each counted dossier adds on the day it entered handling (3.1, 4.1, 5.4, 5.5, 5.6),
-- the day its result came out (5.1, 5.2) and the day it finished (1.4, 2.1, 6.3). Kept by adding
-- each change's difference in the same transaction as the facts.
create table index_daily_tally (
    unit        varchar(64) not null,
    day         date        not null,
    criterion   varchar(8)  not null,
    numerator   bigint      not null,
    denominator bigint      not null,
    primary key (day, unit, criterion)
);

-- Dossiers paid online per procedure, unit and day of entry: 4.2 asks whether a procedure had one.
create table index_daily_online_payment (
    unit           varchar(64) not null,
    procedure_code varchar(64) not null,
    day            date        not null,
    dossiers       bigint      not null,
    primary key (day, unit, procedure_code)
);

-- One row per procedure version and competent unit, from the catalog's events.
create table index_procedure_fact (
    version_id               bigint      not null,
    unit                     varchar(64) not null,
    procedure_code           varchar(64) not null,
    announced_on             date        not null,
    legal_basis_effective_on date,
    published_on             date,
    retired_on               date,
    all_seven_parts          boolean     not null,
    has_fee                  boolean     not null,
    payment_integrated       boolean     not null,
    for_citizens             boolean     not null,
    population_db_connected  boolean     not null,
    primary key (version_id, unit)
);
