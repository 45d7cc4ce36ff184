-- Actions of outside systems (the payment platform, the national portal, the post, a scheduler) on dossiers,
-- one row per idempotency key: the same key sent again returns the outcome recorded here and acts no more.
-- The row is written in the transition's own transaction, so a refused or failed action leaves no key behind
-- and may be sent again.
create table dossier_system_action (
    system_name     varchar(64)  not null,
    idempotency_key varchar(128) not null,
    dossier_code    varchar(64)  not null,
    action          varchar(32)  not null,
    from_status     varchar(32),
    to_status       varchar(32),
    tracking_seq    integer,
    recorded_at     timestamptz  not null,
    primary key (system_name, idempotency_key)
);
