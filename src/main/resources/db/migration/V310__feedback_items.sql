-- feedback: feedback and complaints (phản ánh, kiến nghị), their handling steps and attachments.
create table feedback_item (
    code              varchar(32)  primary key,
    kind              varchar(20)  not null check (kind in ('FEEDBACK', 'COMPLAINT')),
    status            varchar(30)  not null,
    unit              varchar(35)  not null,
    dossier_code      varchar(64),
    procedure_code    varchar(64),
    sender_name       varchar(200) not null,
    sender_contact    varchar(100),
    account_id        bigint,
    secret_hash       varchar(64)  not null,
    title             varchar(500) not null,
    content           text         not null,
    channel           varchar(20)  not null,
    received_at       timestamptz  not null,
    -- when the unit's time started last: on receipt, then when the sender added the information asked for
    clock_started_at  timestamptz  not null,
    asked             text,
    information       text,
    reason            text,
    answer            text,
    published_title   varchar(500),
    published_question text,
    published_answer  text,
    outcome_at        timestamptz,
    answered_at       timestamptz,
    published_at      timestamptz,
    rating            varchar(20)  check (rating in ('VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED')),
    rated_at          timestamptz,
    refiled_from      varchar(32)  references feedback_item (code),
    refiled           boolean      not null default false,
    external_id       varchar(64)  unique,
    version           int          not null default 0
);
create index feedback_item_unit on feedback_item (unit, status);
create index feedback_item_clock on feedback_item (clock_started_at);
create index feedback_item_dossier on feedback_item (dossier_code) where dossier_code is not null;

create table feedback_item_file (
    item_code   varchar(32)  not null references feedback_item (code),
    sha256      varchar(64)  not null,
    name        varchar(255) not null,
    media_type  varchar(255) not null,
    size        bigint       not null,
    primary key (item_code, sha256)
);

create table feedback_item_step (
    item_code   varchar(32)  not null references feedback_item (code),
    seq         int          not null,
    action      varchar(30)  not null,
    status      varchar(30)  not null,
    actor       varchar(200) not null,
    note        text,
    at          timestamptz  not null,
    primary key (item_code, seq)
);

create sequence feedback_item_seq;
