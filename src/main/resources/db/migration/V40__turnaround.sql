-- Turnaround (org.vigil.turnaround): the live backlog, kept incrementally from the record's events
-- (ADR 0010). One row per examination still waiting for something: to be performed, to be
-- reported, or for its final report. A reported, cancelled or discontinued exam has no row, so
-- every list reads a table the size of the backlog, not of the history. Portable SQL (H2 2.3,
-- PostgreSQL 14+): no partial indexes; the leading stage column plays their part.
create table turnaround_item (
  exam_id             uuid primary key,
  stage               varchar(24) not null,
  priority            varchar(32) not null,
  priority_rank       integer not null,
  setting             varchar(24) not null,
  modality            varchar(16),
  site                varchar(100),
  subspecialty        varchar(40),
  since               timestamp with time zone not null,
  report_due_at       timestamp with time zone,
  target_seconds      bigint,
  list_at             timestamp with time zone not null,
  next_escalation_at  timestamp with time zone,
  critical            boolean not null,
  updated_at          timestamp with time zone not null
);
-- Each list's order is exactly one index (exam_id last breaks ties, so pages are stable and the
-- database reads the page's rows in order and stops): worklist by clinical priority then time to
-- breach; backlog by time to breach; fail-safe lists by when the item crossed its threshold.
create index turnaround_item_worklist_idx
  on turnaround_item (stage, priority_rank, report_due_at, exam_id);
create index turnaround_item_due_idx on turnaround_item (stage, report_due_at, exam_id);
create index turnaround_item_list_idx on turnaround_item (stage, list_at, exam_id);
-- the escalation sweep: what is due now
create index turnaround_item_escalation_idx on turnaround_item (next_escalation_at);

-- Each breach escalates once per examination and stage: the unique key is the guarantee, across
-- nodes and restarts.
create table turnaround_escalation (
  id                  uuid primary key,
  exam_id             uuid not null,
  breach              varchar(32) not null,
  due_at              timestamp with time zone not null,
  escalated_at        timestamp with time zone not null,
  lead                varchar(300) not null,
  constraint turnaround_escalation_uk unique (exam_id, breach)
);
create index turnaround_escalation_at_idx on turnaround_escalation (escalated_at);

-- One message per escalation, channel and recipient. IN_APP rows are the lead's notices (a user,
-- or role:FAILSAFE_OFFICER when no lead is configured); EMAIL rows are sent by the sweep.
create table turnaround_notice (
  id                  uuid primary key,
  escalation_id       uuid not null references turnaround_escalation (id),
  channel             varchar(16) not null,
  recipient           varchar(300) not null,
  status              varchar(16) not null,
  attempts            integer not null,
  next_attempt_at     timestamp with time zone,
  last_error          varchar(1000),
  created_at          timestamp with time zone not null,
  delivered_at        timestamp with time zone,
  seen_at             timestamp with time zone,
  constraint turnaround_notice_uk unique (escalation_id, channel, recipient)
);
create index turnaround_notice_recipient_idx on turnaround_notice (recipient, channel, created_at);
create index turnaround_notice_due_idx on turnaround_notice (next_attempt_at);

-- The targets the backlog's due times were computed with: when the configuration changes, every
-- open item is recomputed at start-up.
create table turnaround_state (
  id                  integer primary key,
  targets_fingerprint varchar(64) not null,
  updated_at          timestamp with time zone not null
);

-- Examinations already open when this module is installed join the backlog now; their due times
-- are computed at the first start-up (the fingerprint is absent).
insert into turnaround_item (exam_id, stage, priority, priority_rank, setting, modality, site,
    subspecialty, since, report_due_at, target_seconds, list_at, next_escalation_at, critical,
    updated_at)
  select id,
      case when status = 'PRELIMINARY_REPORTED' then 'AWAITING_FINAL'
           when status = 'PERFORMED' or performed_at is not null then 'AWAITING_REPORT'
           else 'AWAITING_PERFORMANCE' end,
      priority, 5, 'OUTPATIENT', modality, site, null,
      coalesce(performed_at, requested_at, created_at), null, null,
      coalesce(performed_at, requested_at, created_at), null, false, updated_at
  from exam
  where status in ('REQUESTED', 'SCHEDULED', 'IN_PROGRESS', 'PERFORMED', 'PRELIMINARY_REPORTED');
