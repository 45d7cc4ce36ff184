-- The records archive (lưu trữ hồ sơ), README "The records archive (lưu trữ)".

-- One row per closed dossier: its metadata as it closed, its retention and where it stands. The manifest
-- (metadata, files with their hashes, the tracking sheet) stays after a disposal: only the files go.
create table archive_record (
    dossier_code        varchar(64)  primary key,
    procedure_code      varchar(60)  not null,
    procedure_name      text         not null,
    receiving_unit      varchar(60)  not null,
    competent_unit      varchar(60)  not null,
    applicant_id_number varchar(20)  not null,
    applicant_name      text         not null,
    status              varchar(30)  not null,
    submitted_at        timestamp    not null,
    closed_at           timestamp    not null,
    retention_years     integer      check (retention_years between 1 and 100),
    retain_until        date,
    archived_at         timestamptz  not null,
    state               varchar(20)  not null check (state in ('ARCHIVED', 'DISPOSED')),
    manifest            text         not null,
    check ((retention_years is null) = (retain_until is null))
);
create index archive_record_closed on archive_record (closed_at desc);
create index archive_record_due on archive_record (retain_until) where state = 'ARCHIVED';

-- The files an archived dossier holds: its components' files, its results, the papers it was given and
-- its tracking sheet as rendered. The bytes are held in the document store under the owner archive:{code}.
create table archive_file (
    dossier_code  varchar(64)  not null references archive_record (dossier_code),
    seq           integer      not null,
    kind          varchar(20)  not null,
    name          text         not null,
    media_type    varchar(255) not null,
    size_bytes    bigint       not null check (size_bytes >= 0),
    sha256        char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    primary key (dossier_code, seq)
);
create index archive_file_sha256 on archive_file (sha256);

-- How long a procedure's dossiers are kept (thời hạn bảo quản), as an administrator sets it; a procedure
-- not listed keeps motcua.archive.default-retention-years. Null years: permanent (vĩnh viễn).
create table archive_retention (
    procedure_code  varchar(60)  primary key,
    years           integer      check (years between 1 and 100),
    set_by          varchar(120) not null,
    set_at          timestamptz  not null
);

-- A disposal proposed by an officer and waiting for an administrator's approval.
create table archive_disposal_proposal (
    dossier_code  varchar(64)  primary key references archive_record (dossier_code),
    proposed_by   varchar(120) not null,
    proposed_at   timestamptz  not null,
    reason        text         not null
);

-- Every disposal carried out (biên bản huỷ): who proposed, who approved, when, and each file's hash with
-- what became of it. Append-only: a trigger refuses any update, delete or truncate.
create table archive_disposal_audit (
    id            bigint generated always as identity primary key,
    dossier_code  varchar(64)  not null unique references archive_record (dossier_code),
    proposed_by   varchar(120) not null,
    proposed_at   timestamptz  not null,
    reason        text         not null,
    approved_by   varchar(120) not null,
    approved_at   timestamptz  not null,
    files         jsonb        not null,
    constraint archive_disposal_two_people check (approved_by <> proposed_by)
);

create function archive_disposal_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The disposal audit (archive_disposal_audit) cannot be changed or deleted: % refused', tg_op;
end;
$$;
create trigger archive_disposal_audit_no_change before update or delete on archive_disposal_audit
    for each row execute function archive_disposal_audit_append_only();
create trigger archive_disposal_audit_no_truncate before truncate on archive_disposal_audit
    for each statement execute function archive_disposal_audit_append_only();

-- An archived dossier is never removed, and its list of files never changes: a disposal marks the record
-- DISPOSED and keeps the list as its manifest.
create function archive_record_kept() returns trigger language plpgsql as $$
begin
    raise exception 'An archived dossier (%) is never deleted and its files are never changed: % refused',
        tg_table_name, tg_op;
end;
$$;
create trigger archive_record_never_deleted before delete on archive_record
    for each row execute function archive_record_kept();
create trigger archive_file_never_changed before update or delete on archive_file
    for each row execute function archive_record_kept();
