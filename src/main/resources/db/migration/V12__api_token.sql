-- organization: officers' personal API tokens (mã truy cập API). Only the SHA-256 of a secret is kept:
-- the secret is shown once when issued, and a copy of this table opens nothing.
create table organization_api_token (
    id            bigint      generated always as identity primary key,
    officer       varchar(64) not null references organization_officer (username),
    name          text        not null,
    secret_sha256 char(64)    not null unique check (secret_sha256 ~ '^[0-9a-f]{64}$'),
    -- the last day the token works (province time); null = until revoked
    expires_on    date,
    created_at    timestamptz not null,
    created_by    varchar(64) not null,
    -- written at most once a minute per token, not on every call
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(64)
);
create index organization_api_token_officer on organization_api_token (officer);
