-- Turnaround dashboard (docs/turnaround-dashboard.md): aggregates kept incrementally, so that no
-- page view or scrape reads all history. Portable SQL: H2 2.3 and PostgreSQL 15+.

-- The backlog (performed, not yet finally reported) by modality, oldest first; and the export's
-- and the forecast's range reads.
create index exam_status_modality_performed_idx on exam (status, modality, performed_at);
create index exam_final_idx on exam (final_at);
create index exam_performed_idx on exam (performed_at);

-- What each finally reported exam contributed to turnaround_week: corrected times move it.
create table turnaround_counted (
  exam_id        uuid primary key,
  week_start     date not null,
  modality       varchar(16) not null,
  priority       varchar(32) not null,
  setting        varchar(32) not null,
  bucket         integer not null,
  breached       boolean not null
);

-- Weekly histogram of performed-to-final-report time (bucket = a geometric band of minutes).
create table turnaround_week (
  week_start     date not null,
  modality       varchar(16) not null,
  priority       varchar(32) not null,
  setting        varchar(32) not null,
  bucket         integer not null,
  exams          bigint not null,
  breached       bigint not null,
  constraint turnaround_week_pk primary key (week_start, modality, priority, setting, bucket)
);

-- How far the aggregator has read the exam table (by updated_at, then id).
create table turnaround_cursor (
  id             integer primary key,
  updated_after  timestamp with time zone not null,
  after_id       uuid not null
);

-- The backlog over time as flows per day: exams that entered it (performed) and left it (final
-- report, cancel); its size at the end of a day is the running sum. Kept by the same pass.
create table backlog_counted (
  exam_id        uuid primary key,
  modality       varchar(16) not null,
  entered_on     date not null,
  left_on        date
);

create table backlog_day (
  flow_day       date not null,
  modality       varchar(16) not null,
  entered        bigint not null,
  exited         bigint not null,
  constraint backlog_day_pk primary key (flow_day, modality)
);
