-- Kết quả giải quyết: the result documents recorded when a dossier is marked done, coded
-- {dossier code}-KQ{n}. The bytes are in the file store (by checksum); these rows are never deleted.
create table dossier_result (
    dossier_id    bigint      not null references dossier (id),
    seq           integer     not null,
    code          varchar(80) not null unique,
    sha256        char(64)    not null,
    original_name text        not null,
    media_type    text        not null,
    size_bytes    bigint      not null,
    issued_at     timestamptz not null,
    issued_by     varchar(64) not null,
    primary key (dossier_id, seq)
);

create function dossier_result_is_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception 'A dossier result (dossier_result) cannot be changed or deleted';
end;
$$;
create trigger dossier_result_append_only before update or delete on dossier_result
    for each row execute function dossier_result_is_never_deleted();
