-- FHIR Task (one per alert) and Communication (one per delivery) are searched by patient, status
-- and _lastUpdated: each search reads an index, never every alert. A delivery now keeps when it
-- last changed (its Communication's meta.lastUpdated).
alter table alert_delivery add column updated_at timestamp with time zone;
update alert_delivery set updated_at = coalesce(delivered_at, created_at);
alter table alert_delivery alter column updated_at set not null;
create index alert_updated_idx on alert (updated_at);
create index alert_patient_updated_idx on alert (patient_id, updated_at);
create index alert_state_updated_idx on alert (state, updated_at);
create index alert_delivery_updated_idx on alert_delivery (updated_at);
create index alert_delivery_status_idx on alert_delivery (status, updated_at);

-- The patient safety net: a notice queued for the fail-safe office to send or print when an
-- alert reached the end of its escalation chain unactioned. The wording is rendered when queued
-- (from configuration, never from the report) and kept as it was sent.
create table safety_net_notice (
  id                  uuid primary key,
  alert_id            uuid not null references alert (id),
  delivery_id         uuid not null references alert_delivery (id),
  medium              varchar(16) not null,
  wording             varchar(4000) not null,
  queued_at           timestamp with time zone not null,
  sent_at             timestamp with time zone,
  sent_by             varchar(100),
  constraint safety_net_notice_alert_uk unique (alert_id)
);
create index safety_net_notice_queue_idx on safety_net_notice (sent_at, queued_at);

-- The daily digest: one row per person and day, claimed before the email is sent, so with
-- several nodes each person gets one digest a day.
create table alert_digest (
  recipient           varchar(100) not null,
  digest_day          date not null,
  claimed_at          timestamp with time zone not null,
  sent_at             timestamp with time zone,
  alert_count         integer not null,
  last_error          varchar(1000),
  constraint alert_digest_pk primary key (recipient, digest_day)
);
