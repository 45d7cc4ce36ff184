-- dossier: TaiKhoanDuocXacThucVoiVNeID, the dossiers submitted online by an account verified with VNeID,
-- with the ID number VNeID vouched for. A row of its own: the flag is set once, at submission, and never
-- changes, so the dossier aggregate need not carry it.
create table dossier_vneid_verified (
    dossier_code varchar(60)  primary key references dossier (code),
    id_number    varchar(20)  not null,
    verified_at  timestamptz  not null
);
