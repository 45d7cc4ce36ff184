-- The certificates the application signs with (chứng thư số): the demo PKI's root, government CA,
-- timestamp authority, unit seals and leaders' personal certificates. The private keys are PKCS#8,
-- encrypted with the PKI's password (never stored here); revocation is a state, never a deletion.
create table pki_certificate (
    serial            numeric(40) primary key,
    role              varchar(16) not null,
    holder            varchar(80),
    issuer_serial     numeric(40) references pki_certificate (serial),
    subject           text        not null,
    issuer            text        not null,
    not_before        timestamptz not null,
    not_after         timestamptz not null,
    der               bytea       not null,
    private_key       bytea       not null,
    issued_at         timestamptz not null,
    revoked_at        timestamptz,
    revocation_reason varchar(32),
    revoked_by        varchar(64),
    check (role in ('ROOT', 'CA', 'TSA', 'UNIT_SEAL', 'PERSONAL')),
    check ((revoked_at is null) = (revocation_reason is null))
);
create index pki_certificate_holder on pki_certificate (role, holder, issued_at desc);

-- The address the demo PKI's certificates name for their CRLs, OCSP and issuers: fixed when it is made.
create table pki_setting (
    name  varchar(40) primary key,
    value text        not null
);
