-- organization + dossier: when staff change (issue 17). A leader's delegation (ủy quyền) of their
-- steps to a deputy for a period of days, and the tracking sheet's record of who acted on whose behalf
-- and of work handed over (bàn giao) from one officer to another.

create table organization_delegation (
    id         bigint generated always as identity primary key,
    -- the leader whose steps are delegated, and the deputy who may take them
    leader     varchar(64) not null references organization_officer (username),
    deputy     varchar(64) not null references organization_officer (username),
    unit       varchar(35) not null references organization_unit (identifier),
    -- inclusive days in Asia/Ho_Chi_Minh
    valid_from date        not null,
    valid_to   date        not null,
    created_by varchar(64) not null,
    created_at timestamptz not null,
    -- ended early by the leader or an administrator; never deleted, so the sheet's lines stay explained
    ended_at   timestamptz,
    ended_by   varchar(64),
    check (valid_from <= valid_to),
    check (leader <> deputy)
);
create index organization_delegation_deputy on organization_delegation (deputy, valid_to) where ended_at is null;
create index organization_delegation_leader on organization_delegation (leader, valid_to);

-- Adding nullable columns leaves every existing line as it was; the append-only triggers still hold.
alter table dossier_tracking
    add column on_behalf_of      varchar(64),
    add column on_behalf_name    text,
    add column handed_over_from  varchar(64),
    add column handed_over_name  text;
