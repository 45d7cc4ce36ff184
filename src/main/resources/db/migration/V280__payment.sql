-- Collection accounts (tài khoản thu) of the units, managed by administrators: a payment goes to the
-- account of the unit that collects the fee.
create table collection_account (
    unit_code       varchar(64)  primary key,
    account_number  varchar(34)  not null,
    account_name    varchar(200) not null,
    bank_code       varchar(20)  not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(64)  not null
);

-- Payment attempts: one per order sent to the platform or payment taken at the counter. The reference
-- (MaThamChieu) is unique per attempt; the account is copied at creation, as the order was sent.
create sequence payment_reference_seq;

create table payment_attempt (
    reference       varchar(32)  primary key,
    dossier_code    varchar(64)  not null,
    unit_code       varchar(64)  not null,
    channel         varchar(20)  not null,
    state           varchar(20)  not null,
    amount_vnd      bigint       not null check (amount_vnd > 0),
    -- The dossier_fee positions this attempt pays.
    fee_positions   integer[]    not null,
    account_number  varchar(34)  not null,
    bank_code       varchar(20)  not null,
    payer_name      varchar(200),
    payer_bank      varchar(20),
    platform_transaction varchar(64),
    bank_reference  varchar(64),
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null,
    submitted_at    timestamptz,
    settled_at      timestamptz,
    -- What a success paid again for fees another attempt had paid: flagged for refund, never an effect.
    overpaid_vnd    bigint       not null default 0,
    refund_note     varchar(500),
    -- Why the last platform message about it was refused (bad signature, wrong amount…), for the officers.
    last_problem    varchar(200),
    last_checked_at timestamptz
);
create index payment_attempt_dossier on payment_attempt (dossier_code);
create index payment_attempt_open on payment_attempt (state, created_at) where state in ('CREATED', 'SUBMITTED');
create index payment_attempt_settled on payment_attempt (settled_at) where settled_at is not null;

-- A fee is paid once: the first success writes its row; a later success for it finds the row taken.
create table fee_payment (
    dossier_code    varchar(64)  not null,
    position        integer      not null,
    reference       varchar(32)  not null references payment_attempt (reference),
    primary key (dossier_code, position)
);
