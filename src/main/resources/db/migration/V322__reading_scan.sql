-- reading: the text of every scanned component (bản quét), read by OCR in the background and kept with the
-- file (its SHA-256: a scan in many dossiers is read once). A row is queued when a dossier holding the file
-- is received; a node claims due rows one by one (skip locked, for claim_seconds on the database's clock),
-- reads them and records the text, or the failure and when to try again; a file that is not a readable
-- scan, or fails too often, is marked failed with why.
create table reading_scan (
    sha256           char(64)     primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type       varchar(255) not null,
    status           varchar(10)  not null default 'pending' check (status in ('pending', 'read', 'failed')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    claimed_by       varchar(128),
    claimed_until    timestamptz,
    pages            integer      check (pages >= 0),
    content          text,
    -- Lower case, no diacritics, "đ" as "d" (folded in Java, like the catalog's search text).
    search_text      text,
    search_vector    tsvector generated always as (to_tsvector('simple', coalesce(search_text, ''))) stored,
    read_at          timestamptz,
    last_error       text,
    check ((status = 'read') = (content is not null and read_at is not null))
);
create index reading_scan_due on reading_scan (next_attempt_at) where status = 'pending';
create index reading_scan_search on reading_scan using gin (search_vector) where status = 'read';

-- Where each scan was received: the dossier, its component and the name the file came under. Officers see
-- a hit only in the dossiers they may open.
create table reading_scan_place (
    sha256        char(64)     not null references reading_scan (sha256),
    dossier_code  varchar(60)  not null,
    component     varchar(500) not null,
    file_name     varchar(255) not null,
    primary key (sha256, dossier_code, component)
);
create index reading_scan_place_dossier on reading_scan_place (dossier_code);
