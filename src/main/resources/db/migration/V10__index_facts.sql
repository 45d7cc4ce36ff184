-- Decision 766 index: one row of facts per dossier, kept up to date by the index module's listeners
-- (DossierStatusChanged, DossierRated). Local times (Asia/Ho_Chi_Minh), as the index rules use.
-- A row created by a rating that arrived before the dossier's first status event has no status yet
-- and counts nowhere until that event arrives.
create table index_dossier_fact (
    code                      varchar(64)  primary key,
    unit                      varchar(64),             -- competent (processing) unit: whose index it counts in
    receiving_unit            varchar(64),
    procedure_code            varchar(64),
    procedure_version_id      bigint,
    channel                   smallint,                -- KenhThucHien code
    applicant_type            varchar(16),
    status                    smallint,                -- TrangThaiHoSo code of the latest transition
    tracking_seq              integer      not null default -1, -- latest transition applied
    submitted_at              timestamp,
    received_at               timestamp,
    appointment               timestamp,
    done_at                   timestamp,
    returned_at               timestamp,
    stopped_or_refused_at     timestamp,
    finished_at               timestamp generated always as (coalesce(done_at, returned_at, stopped_or_refused_at)) stored,
    entered_at                timestamp generated always as (coalesce(received_at, stopped_or_refused_at)) stored,
    supplement_count          integer      not null default 0,
    apologised                boolean      not null default false,
    withdrawn                 boolean      not null default false,
    full_online_service       boolean      not null default false,
    paper_result_required     boolean      not null default false,
    has_fee                   boolean      not null default false,
    reusable_component        boolean      not null default false, -- not yet known from the catalog
    all_components_digitised  boolean      not null default false, -- not yet fed
    electronic_result_issued  boolean      not null default false, -- not yet fed
    rated_dissatisfied        boolean      not null default false,
    updated_at                timestamp    not null
);

create index index_dossier_fact_unit_received on index_dossier_fact (unit, received_at);
create index index_dossier_fact_unit_finished on index_dossier_fact (unit, finished_at);
create index index_dossier_fact_unit_entered on index_dossier_fact (unit, entered_at);
