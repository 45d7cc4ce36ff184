-- nationalportal: every status change of a dossier, to be delivered to the National Public Service Portal
-- (Cổng Dịch vụ công quốc gia). A row is written in the transaction of the change itself, so a change
-- that rolls back leaves none and one that commits is never lost; the row keeps the portal's dossier object
-- and progress entry as they were at the change. Senders on every node claim a dossier's oldest undelivered
-- rows (skip locked), so one change is never sent by two nodes at once, and a dossier's later change never
-- leaves before an earlier one is acknowledged. A row that keeps failing is parked for an administrator.
create table national_portal_outbox (
    id               bigint generated always as identity primary key,
    dossier_code     varchar(60)  not null,
    tracking_seq     integer      not null,
    status_code      smallint     not null,
    unit             varchar(64),
    changed_at       timestamptz  not null,
    dossier          jsonb        not null,
    progress         jsonb        not null,
    state            varchar(10)  not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'PARKED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_reason      varchar(16),
    last_error       text,
    acknowledged_at  timestamptz,
    unique (dossier_code, tracking_seq)
);
-- The senders' scan: due rows, oldest first.
create index national_portal_outbox_due on national_portal_outbox (next_attempt_at, id) where state = 'PENDING';
-- What still blocks a dossier's later rows, and the backlog.
create index national_portal_outbox_open on national_portal_outbox (dossier_code, tracking_seq)
    where state <> 'DELIVERED';
-- 1.4 and the parity report read the changes of a period.
create index national_portal_outbox_changed on national_portal_outbox (changed_at);
