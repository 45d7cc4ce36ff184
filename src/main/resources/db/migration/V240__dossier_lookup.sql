-- dossier: every look-up of a dossier by an officer who oversees the province without handling it
-- (a supervisor): who, which dossier or search term, when. Append-only, like the tracking sheet.
create table dossier_lookup (
    id          bigint generated always as identity primary key,
    officer     varchar(64)  not null,
    officer_name varchar(200) not null,
    dossier_code varchar(60),
    search_term varchar(200),
    looked_at   timestamptz not null,
    check (dossier_code is not null or search_term is not null)
);
create index dossier_lookup_by_dossier on dossier_lookup (dossier_code, looked_at) where dossier_code is not null;

create function dossier_lookup_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The look-up log (dossier_lookup) cannot be changed or deleted';
end;
$$;
create trigger dossier_lookup_append_only before update or delete on dossier_lookup
    for each row execute function dossier_lookup_is_append_only();
create trigger dossier_lookup_no_truncate before truncate on dossier_lookup
    for each statement execute function dossier_lookup_is_append_only();
