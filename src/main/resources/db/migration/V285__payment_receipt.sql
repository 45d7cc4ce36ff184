-- Electronic receipts (biên lai điện tử): one per successful payment, numbered per collecting unit and
-- year without gaps (BL-{unit}-{yyyy}-{n}). The counter row is locked while a number is taken, so two
-- receipts never share one and a rolled-back receipt gives its number back.
create table payment_receipt_counter (
    unit_code       varchar(64)  not null,
    year            integer      not null,
    last_number     integer      not null,
    primary key (unit_code, year)
);

create table payment_receipt (
    number             varchar(100) primary key,
    payment_reference  varchar(32)  not null unique,
    dossier_code       varchar(64)  not null,
    unit_code          varchar(64)  not null,
    year               integer      not null,
    seq                integer      not null,
    payer_name         varchar(200) not null,
    amount_vnd         bigint       not null check (amount_vnd > 0),
    account_number     varchar(34)  not null,
    bank_code          varchar(20)  not null,
    channel            varchar(20)  not null,
    paid_at            timestamptz  not null,
    issued_at          timestamptz  not null,
    unique (unit_code, year, seq)
);
create index payment_receipt_dossier on payment_receipt (dossier_code);

create table payment_receipt_fee (
    receipt_number  varchar(100) not null references payment_receipt (number),
    position        integer      not null,
    name            varchar(500) not null,
    amount_vnd      bigint       not null,
    primary key (receipt_number, position)
);
