-- The order certificates were made in, whatever the clock said: a holder's current certificate is the last
-- one made (a reissue after a revocation), even when the clock that stamped issued_at was set back.
alter table pki_certificate add column made_seq bigint generated always as identity;
create index pki_certificate_current on pki_certificate (role, holder, made_seq desc);
