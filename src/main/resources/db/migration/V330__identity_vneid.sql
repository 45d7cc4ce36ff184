-- identity: VNeID login (issue 12). An account is verified only by a national identity, and one verified
-- account holds each verified ID number: a second VNeID login with that number lands in the same account,
-- while any number of unverified accounts may still carry it as typed.
create unique index identity_account_verified_id_number on identity_account (id_number) where verified;
