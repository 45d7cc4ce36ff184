-- dossier: drafts (hồ sơ nháp) of online submissions. A citizen's answers are saved after every page
-- of the portal's wizard, keyed by a random id the browser holds in a cookie, so nothing typed is lost
-- when a page is refused, the session times out or the browser is closed. Files are referenced by
-- sha256 (document_file). A draft lives 30 days after its last change; once submitted it names the
-- dossier it became and is read-only.
create table dossier_draft (
    id             varchar(43)  primary key,
    procedure_code varchar(20)  not null,
    answers        jsonb        not null,
    dossier_code   varchar(60),
    updated_at     timestamptz  not null,
    expires_at     timestamptz  not null
);

create index dossier_draft_expires_at on dossier_draft (expires_at);
