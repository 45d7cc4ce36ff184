-- datastore: chứng thực bản sao điện tử từ bản chính (2.000815). Each electronic copy a commune certified:
-- its number, the original's pages (the fee is counted on them), the fee charged once for the paper and
-- the electronic copy, who certified it and when; the sealed copy itself is in the owner's data store.
-- 5.3 reads which communes certified at least one copy in a period.
create table certified_copy (
    id               bigint generated always as identity primary key,
    number           varchar(60)  not null unique,
    commune          varchar(40)  not null,
    owner_id         varchar(20)  not null,
    document_type    text         not null,
    pages            integer      not null check (pages > 0),
    fee_vnd          bigint       not null check (fee_vnd >= 0),
    certified_by     varchar(100) not null,
    certified_at     timestamptz  not null,
    stored_document  bigint       not null references stored_document (id)
);
create index certified_copy_commune_at on certified_copy (commune, certified_at);

-- The last number each commune's register gave in a year, taken by one upsert (no gaps between
-- concurrent certifications, no advisory locks).
create table certified_copy_register (
    prefix  varchar(60) primary key,
    last    integer     not null
);
