-- identity: accounts of citizens, businesses and organisations on the public portal.
-- The surrogate id, not the ID number, is what other rows will point at: an identity from the national
-- SSO (VNeID) will attach to an account through its own table (provider, subject) -> account id.
create table identity_account (
    id            bigserial    primary key,
    type          varchar(16)  not null check (type in ('CITIZEN', 'BUSINESS', 'AGENCY', 'ORGANISATION')),
    id_number     varchar(20)  not null unique,
    full_name     text         not null,
    email         text,
    phone         varchar(20)  not null,
    -- Null for an account that will only ever log in through the national SSO.
    password_hash text,
    created_at    timestamptz  not null
);
