-- Dự thảo kết quả: a result drafted by the specialist (uploaded or generated from the procedure's
-- template), its code {dossier code}-KQ{seq} and QR code already on the page, signed by the leader
-- who approves it, then sealed and recorded as a dossier_result (issued_at) when the clerk marks the
-- dossier done.
create table result_draft (
    dossier_code  varchar(64) not null,
    seq           integer     not null,
    sha256        char(64)    not null,
    original_name text        not null,
    size_bytes    bigint      not null,
    drafted_by    varchar(64) not null,
    drafted_at    timestamptz not null,
    signed_by     varchar(64),
    signed_at     timestamptz,
    issued_at     timestamptz,
    primary key (dossier_code, seq)
);
