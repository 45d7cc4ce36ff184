-- document: every stored file (tệp), known by the SHA-256 of its bytes. The bytes live in the file
-- store; this row says they must exist even if the store's folder is lost. Other modules keep their
-- own rows (with the name the file came under) pointing at sha256.
create table document_file (
    sha256          char(64)     primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size            bigint       not null check (size >= 0),
    media_type      varchar(255) not null,
    first_stored_at timestamptz  not null
);
