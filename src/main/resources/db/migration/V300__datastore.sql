-- datastore: kho quản lý dữ liệu điện tử của tổ chức, cá nhân (DOMAIN.md §6). Every signed result and
-- every digitised component, kept under the owner's ID (personal ID number or enterprise code) with what
-- it is, how long it is valid and where it came from. The bytes stay in the document store (a result or
-- a dossier's file is attached there for good); a row names them by SHA-256 with the name, type and size
-- recorded at upload. One row per source document and file: a listener delivered twice writes nothing new.
create table stored_document (
    id             bigint generated always as identity primary key,
    owner_id       varchar(20)  not null,
    document_type  text         not null,
    source         varchar(20)  not null
        check (source in ('RESULT', 'DIGITISED', 'CERTIFIED_COPY', 'NATIONAL_STORE')),
    reference      varchar(100) not null, -- result code, dossier code and component, copy number, national id
    dossier_code   varchar(60),
    valid_until    date,                  -- null: does not expire
    sha256         char(64)     not null references document_file (sha256),
    original_name  text         not null,
    media_type     varchar(255) not null,
    size           bigint       not null check (size >= 0),
    stored_at      timestamptz  not null,
    unique (owner_id, source, reference, sha256)
);
create index stored_document_owner on stored_document (owner_id, stored_at desc);
