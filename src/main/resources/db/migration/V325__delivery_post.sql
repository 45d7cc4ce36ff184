-- The public postal service (VNPost): what a citizen asked of the post for a dossier, the orders sent to
-- VNPost (an outbox: a row is written in the transaction that decides the order, then sent and retried until
-- VNPost registers it; its order number makes a resend harmless), and each order's states with their times.

create table delivery_request (
    dossier_code   varchar(60) primary key,
    pick_up        boolean not null,
    deliver        boolean not null,
    name           varchar(200) not null,
    phone          varchar(100) not null,
    address        varchar(500) not null,
    province_code  varchar(10) not null,
    commune_code   varchar(10) not null,
    requested_at   timestamptz not null
);

create table delivery_order (
    id              bigserial primary key,
    order_number    varchar(80) not null unique,
    dossier_code    varchar(60) not null,
    kind            varchar(20) not null check (kind in ('PICKUP', 'RESULT')),
    state           varchar(20) not null check (state in ('ORDERING', 'REGISTERED', 'COLLECTING', 'IN_TRANSIT',
                                                          'DELIVERED', 'CANCELLED')),
    item_code       varchar(40),
    price_vnd       bigint,
    cod_vnd         bigint not null check (cod_vnd >= 0),
    sender          jsonb not null,
    receiver        jsonb not null,
    description     varchar(500) not null,
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      varchar(1000),
    created_at      timestamptz not null,
    unique (dossier_code, kind)
);

-- Orders still to send, the oldest due first.
create index delivery_order_due on delivery_order (next_attempt_at) where state = 'ORDERING';
-- Orders still moving, for polling.
create index delivery_order_open on delivery_order (id) where state in ('REGISTERED', 'COLLECTING', 'IN_TRANSIT');

create table delivery_event (
    order_id     bigint not null references delivery_order (id),
    state        varchar(20) not null,
    status_code  varchar(20),
    message      varchar(500),
    reported_at  timestamptz not null,
    recorded_at  timestamptz not null,
    source       varchar(20) not null check (source in ('ORDER', 'CALLBACK', 'POLL')),
    primary key (order_id, state)
);
