-- dossier: the aggregate (hồ sơ), its steps, components, files, supplements, apologies and the
-- tracking sheet. Times the law speaks of are stored as instants (timestamptz) and shown in
-- Asia/Ho_Chi_Minh.

create table dossier (
    id                     bigint generated always as identity primary key,
    code                   varchar(60)  not null unique,
    procedure_code         varchar(20)  not null,
    procedure_version_id   bigint       not null,
    procedure_name         text         not null,
    channel                smallint     not null check (channel in (1, 2, 3)),
    status                 smallint     not null check (status between 1 and 10),
    paused_from            smallint     check (paused_from between 1 and 10),
    receiving_unit         varchar(35)  not null,
    competent_unit         varchar(35)  not null,
    applicant_type         varchar(16)  not null,
    applicant_id_number    varchar(20)  not null,
    applicant_name         text         not null,
    applicant_phone        varchar(20),
    applicant_email        text,
    applicant_address      text,
    submitter_name         text,
    submitter_id_number    varchar(20),
    summary                text,
    return_method          varchar(16)  not null,
    return_address         text,
    fees_due_vnd           bigint       not null default 0 check (fees_due_vnd >= 0),
    submitted_at           timestamptz  not null,
    received_at            timestamptz,
    appointment_at         timestamptz,
    finished_at            timestamptz,
    returned_at            timestamptz,
    closing_reason         text,
    current_step           integer,
    current_unit           varchar(35),
    current_assignee       varchar(64),
    current_deadline_at    timestamptz,
    supplement_count       integer      not null default 0,
    apology_count          integer      not null default 0,
    lock_version           integer      not null default 0,
    updated_at             timestamptz  not null default now()
);
-- The inboxes: a unit's open dossiers by deadline, and an officer's own. Closed dossiers (refused 3,
-- withdrawn 7, stopped 8, returned 10) leave these indexes, so they stay small however long the history.
create index dossier_inbox_unit on dossier (current_unit, current_deadline_at, id)
    where status in (1, 2, 4, 5, 6, 9);
create index dossier_inbox_assignee on dossier (current_assignee, current_deadline_at, id)
    where status in (1, 2, 4, 5, 6, 9);
create index dossier_receiving_unit on dossier (receiving_unit, submitted_at desc);
create index dossier_competent_unit on dossier (competent_unit, submitted_at desc);
create index dossier_applicant_id on dossier (applicant_id_number);
create index dossier_applicant_name on dossier (lower(applicant_name) text_pattern_ops);

-- Codes: {unit}-{yyMMdd}-{nnnn}, the sequence per receiving unit per day, taken atomically.
create table dossier_code_sequence (
    unit_identifier varchar(35) not null,
    day             date        not null,
    last_value      integer     not null,
    primary key (unit_identifier, day)
);

-- The internal process as instantiated for this dossier: units resolved, deadlines placed.
create table dossier_step (
    dossier_id    bigint      not null references dossier (id),
    position      integer     not null,
    name          text        not null,
    role          varchar(20) not null,
    unit          varchar(35) not null,
    share_percent integer     not null,
    deadline_at   timestamptz not null,
    started_at    timestamptz,
    completed_at  timestamptz,
    primary key (dossier_id, position)
);

create table dossier_component (
    dossier_id          bigint  not null references dossier (id),
    position            integer not null,
    name                text    not null,
    originals           integer not null default 1,
    copies              integer not null default 0,
    submitted           boolean not null default true,
    digitised           boolean not null default false,
    reused              boolean not null default false,
    from_national_store boolean not null default false,
    primary key (dossier_id, position)
);

-- Files are kept outside the database (document module, by checksum); this is the dossier's record of
-- them and is never deleted.
create table dossier_file (
    id                 bigint generated always as identity primary key,
    dossier_id         bigint      not null references dossier (id),
    component_position integer     not null,
    sha256             char(64)    not null,
    original_name      text        not null,
    media_type         text        not null,
    size_bytes         bigint      not null,
    added_at           timestamptz not null,
    added_by           varchar(64) not null
);
create index dossier_file_dossier on dossier_file (dossier_id);

create table dossier_fee (
    dossier_id bigint  not null references dossier (id),
    position   integer not null,
    name       text    not null,
    amount_vnd bigint  not null check (amount_vnd >= 0),
    primary key (dossier_id, position)
);

create table dossier_supplement (
    dossier_id   bigint      not null references dossier (id),
    round        integer     not null,
    requested_at timestamptz not null,
    requested_by varchar(64) not null,
    items        jsonb       not null,
    supplied_at  timestamptz,
    primary key (dossier_id, round)
);

create table dossier_apology (
    dossier_id          bigint      not null references dossier (id) primary key,
    issued_at           timestamptz not null,
    issued_by           varchar(64) not null,
    reason              text        not null,
    previous_appointment timestamptz not null,
    new_appointment     timestamptz not null
);

-- Phiếu kiểm soát quá trình: every hand-over, append-only.
create table dossier_tracking (
    dossier_id     bigint      not null references dossier (id),
    seq            integer     not null,
    action         varchar(24) not null,
    status_after   smallint    not null,
    step_name      text,
    from_officer   varchar(64),
    from_name      text,
    from_unit      varchar(35),
    to_officer     varchar(64),
    to_unit        varchar(35),
    at             timestamptz not null,
    step_deadline  timestamptz,
    outcome        varchar(8) check (outcome in ('EARLY', 'ON_TIME', 'LATE')),
    note           text,
    primary key (dossier_id, seq)
);

create function dossier_tracking_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The tracking sheet (dossier_tracking) cannot be changed or deleted';
end;
$$;
create trigger dossier_tracking_append_only before update or delete on dossier_tracking
    for each row execute function dossier_tracking_is_append_only();
