-- Dossiers exchanged with the ministries' specialised systems (README "Specialised databases (household business)").

-- One exchange per dossier and system: queued by the officer, sent (the system's reference), answered
-- (registered with its number and certificate file, or refused with the reason), attached as the dossier's result.
-- Failed calls count in attempts, with the last error and the next try (doubling waits).
create table specialised_exchange (
    dossier_code        varchar(60)  not null,
    system              varchar(40)  not null,
    procedure_code      varchar(60)  not null,
    state               varchar(20)  not null,
    requested_by        varchar(120) not null,
    requested_at        timestamptz  not null,
    attempts            integer      not null default 0,
    next_attempt_at     timestamptz,
    last_error          text,
    reference           varchar(60),
    registration_number varchar(60),
    certificate_sha256  char(64),
    reason              text,
    answered_at         timestamptz,
    primary key (dossier_code, system),
    check (state in ('QUEUED', 'SENT', 'REGISTERED', 'REFUSED', 'ATTACHED'))
);
create index specialised_exchange_due on specialised_exchange (next_attempt_at) where state in ('QUEUED', 'SENT');
