-- document: every upload (lần tải lên) of a file, by whom, under which name. The bytes stay shared by
-- SHA-256 in document_file; two people uploading the same bytes get two rows here. A dossier attaches
-- an upload only through the row of the one who uploaded it (uploaded_by), which then says it is
-- attached for good; a draft keeps its rows held until it expires (held_until). A row neither attached
-- nor held is swept motcua.files.abandoned-after after its upload, and the bytes with the last row.
create table document_upload (
    id            bigint generated always as identity primary key,
    sha256        char(64)     not null references document_file (sha256),
    original_name text         not null,
    media_type    varchar(255) not null,
    size          bigint       not null check (size >= 0),
    uploaded_by   varchar(120) not null,
    uploaded_at   timestamptz  not null,
    attached      boolean      not null default false,
    held_until    timestamptz
);
create index document_upload_owner on document_upload (uploaded_by, sha256);
create index document_upload_sha256 on document_upload (sha256);
create index document_upload_unattached on document_upload (uploaded_at) where not attached;

-- Files stored before uploads were recorded: one row each, owned by nobody who can log in. Files a
-- dossier holds are attached; files in a draft are owned by that draft and held while it lives; the
-- rest are abandoned uploads and will be swept.
insert into document_upload (sha256, original_name, media_type, size, uploaded_by, uploaded_at, attached,
        held_until)
select f.sha256,
       coalesce((select x.original_name from dossier_file x where x.sha256 = f.sha256 limit 1),
                (select r.original_name from dossier_result r where r.sha256 = f.sha256 limit 1), f.sha256),
       f.media_type, f.size,
       coalesce((select 'draft:' || d.id from dossier_draft d
                 where d.answers::text like '%' || f.sha256 || '%' order by d.expires_at desc limit 1), 'before-v220'),
       f.first_stored_at,
       exists (select 1 from dossier_file x where x.sha256 = f.sha256)
           or exists (select 1 from dossier_result r where r.sha256 = f.sha256),
       (select max(d.expires_at) from dossier_draft d where d.answers::text like '%' || f.sha256 || '%')
from document_file f;
