-- E-forms being filled on the portal, one per draft, and the one each submitted dossier carries.
create table eform_filled (
    draft_id             text primary key,
    procedure_version_id bigint      not null references catalog_procedure_version (id),
    field_values         jsonb       not null,
    prefilled            jsonb       not null,
    prefilled_for        bigint,
    pdf_sha256           text,
    pdf_name             text,
    pdf_size             bigint,
    dossier_code         text unique,
    updated_at           timestamptz not null
);
create index eform_filled_unsubmitted on eform_filled (updated_at) where dossier_code is null;
