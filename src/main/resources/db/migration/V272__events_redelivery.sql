-- events: failed deliveries of events to listeners, retried on a schedule (README "Failed event listeners").
-- Spring Modulith's registry (event_publication, V2) keeps each delivery's status, attempts and last
-- attempt; not why it failed, nor an administrator's request to try it again now. That is kept here.
create table event_redelivery (
    publication_id     uuid        primary key references event_publication (id) on delete cascade,
    -- the last failure: its time and exception (most specific cause), or no outcome in time (its node stopped)
    failed_at          timestamptz,
    error              text,
    interrupted        boolean     not null default false,
    -- an administrator asked for an attempt now; cleared once an attempt has started
    retry_requested_at timestamptz
);

-- Spring Modulith looks deliveries up by status (FAILED to resubmit them, oldest first; RESUBMITTED to
-- count those in flight). The registry keeps every completed delivery, so without an index each look-up
-- reads all of them; these two statuses are rare, so the index stays small.
create index event_publication_failed on event_publication (publication_date)
    where status in ('FAILED', 'RESUBMITTED');
