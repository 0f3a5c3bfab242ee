-- Intake: every accepted inbound message (raw bytes, kept for audit and replay) and the dead
-- letters (messages Vigil could not accept, kept with the reason until someone fixes and replays
-- them). Portable SQL: runs unchanged on H2 2.3 and PostgreSQL 15+.

create table inbound_message (
  id                  uuid primary key,
  channel             varchar(16) not null,
  sending_application varchar(200) not null,  -- '' when absent, so the unique key still holds
  sending_facility    varchar(200),
  control_id          varchar(200) not null,
  message_type        varchar(40),
  charset             varchar(40),
  raw_message         bytea not null,
  received_at         timestamp with time zone not null,
  outcome             varchar(16) not null,   -- ACCEPTED (the record change committed with it)
  duplicates          integer not null,       -- re-sends answered AA without processing again
  last_duplicate_at   timestamp with time zone,
  dead_letter_id      uuid,                   -- set when the message came from a replayed dead letter
  constraint inbound_message_uk unique (channel, sending_application, control_id)
);
create index inbound_message_received_idx on inbound_message (received_at);

create table dead_letter (
  id                  uuid primary key,
  channel             varchar(16) not null,
  received_at         timestamp with time zone not null,
  sending_application varchar(200),
  sending_facility    varchar(200),
  control_id          varchar(200),
  message_type        varchar(40),
  charset             varchar(40),
  ack_code            varchar(2) not null,    -- AE or AR as answered
  reason              varchar(1000) not null,
  raw_message         bytea not null,
  original_size       bigint not null,        -- bytes received; raw_message may be cut at the stored maximum
  truncated           boolean not null,
  status              varchar(16) not null,   -- OPEN or RESOLVED (never deleted)
  replay_count        integer not null,
  last_replayed_at    timestamp with time zone,
  last_replayed_by    varchar(200),
  last_replay_outcome varchar(1000),
  resolved_at         timestamp with time zone,
  resolved_by         varchar(200),
  resolved_message_id uuid
);
create index dead_letter_status_idx on dead_letter (status, received_at);
