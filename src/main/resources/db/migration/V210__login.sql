-- login: failed-login counters and holds (slowdowns, locks), per account and per client address, and
-- the append-only audit of failures, refusals and lifted locks. In the database, not in memory, so
-- every application node counts the same failures.
create table login_throttle (
    -- OFFICER or APPLICANT: an account of that kind; CLIENT: a client address
    scope            varchar(16)  not null check (scope in ('OFFICER', 'APPLICANT', 'CLIENT')),
    -- the username as counted (trimmed, lower case, at most 200 characters) or the address
    subject          varchar(200) not null,
    failures         integer      not null check (failures > 0),
    first_failure_at timestamptz  not null,
    last_failure_at  timestamptz  not null,
    -- no login is checked before this moment; null: not held
    not_before       timestamptz,
    locked           boolean      not null default false,
    primary key (scope, subject)
);
create index login_throttle_not_before on login_throttle (not_before);
create index login_throttle_last_failure on login_throttle (last_failure_at);

create table login_audit (
    id       bigint       generated always as identity primary key,
    at       timestamptz  not null,
    event    varchar(20)  not null
        check (event in ('BAD_PASSWORD', 'UNKNOWN_ACCOUNT', 'DISABLED_ACCOUNT', 'HELD', 'UNLOCKED')),
    scope    varchar(16)  not null check (scope in ('OFFICER', 'APPLICANT', 'CLIENT')),
    -- as typed (at most 200 characters); null when a client address was unlocked
    username varchar(200),
    client   varchar(200),
    -- the administrator who lifted a hold
    actor    varchar(64)
);
create index login_audit_at on login_audit (at);

-- Append-only: an audit that can be edited proves nothing.
create function login_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'login_audit is append-only';
end;
$$;
create trigger login_audit_append_only before update or delete or truncate on login_audit
    for each statement execute function login_audit_append_only();
