-- nationalportal: the EMC monitoring system (hệ thống EMC giám sát) takes its events from the same outbox as
-- the portal sync, with the same guarantees (written in the change's transaction, delivered in order per
-- dossier, retried, parked). A row now says where it goes; the same change goes at most once to each.
-- "dossier" becomes "message": for the portal the dossier object, for EMC the monitoring event; only the
-- portal's rows have a progress entry.
alter table national_portal_outbox
    add column destination varchar(8) not null default 'PORTAL' check (destination in ('PORTAL', 'EMC'));
alter table national_portal_outbox rename column dossier to message;
alter table national_portal_outbox alter column progress drop not null;
alter table national_portal_outbox drop constraint national_portal_outbox_dossier_code_tracking_seq_key;
alter table national_portal_outbox add constraint national_portal_outbox_change
    unique (destination, dossier_code, tracking_seq);
drop index national_portal_outbox_due;
create index national_portal_outbox_due on national_portal_outbox (destination, next_attempt_at, id)
    where state = 'PENDING';
drop index national_portal_outbox_open;
create index national_portal_outbox_open on national_portal_outbox (destination, dossier_code, tracking_seq)
    where state <> 'DELIVERED';
