-- Issue 9: an ID number typed at registration proves nothing. Several accounts may carry the same one
-- (its real owner is never locked out); each logs in by a username of its own choosing. Existing accounts
-- keep their ID number as username (it was unique until now).
alter table identity_account drop constraint identity_account_id_number_key;
alter table identity_account add column username varchar(40);
update identity_account set username = lower(id_number);
alter table identity_account alter column username set not null;
alter table identity_account add constraint identity_account_username_key unique (username);
-- Set only by a national identity (VNeID, issue 12) that carries this ID number; until then false.
alter table identity_account add column verified boolean not null default false;
create index identity_account_id_number on identity_account (id_number);

-- Proved links account -> dossier (hồ sơ đã liên kết): the account submitted the dossier while logged in,
-- or typed its code with its applicant's ID number. The account id is identity's; no foreign key across
-- modules.
create table dossier_account_link (
    account_id   bigint       not null,
    dossier_code varchar(60)  not null references dossier (code),
    proof        varchar(16)  not null check (proof in ('SUBMITTED', 'CODE_AND_ID')),
    linked_at    timestamptz  not null,
    primary key (account_id, dossier_code)
);
