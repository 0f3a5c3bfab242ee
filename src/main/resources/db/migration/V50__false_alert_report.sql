-- A clinician's report that a finding Vigil read is wrong (a false alert, or a wrong reading),
-- with the reason and a copy of the engine's explanation at the time, so the knowledge-base owner
-- can turn it into a test sentence even after the knowledge base has moved on.
create table false_alert_report (
  id                    uuid primary key,
  report_id             uuid not null references report (id),
  finding_index         integer not null,
  concept               varchar(100) not null,
  category              varchar(16) not null,
  matched_words         varchar(500) not null,
  reason                varchar(32) not null,
  comment_text          varchar(1000),
  engine_version        varchar(64) not null,
  explanation           text not null,
  reported_by           varchar(100) not null,
  reported_at           timestamp with time zone not null
);
create index false_alert_report_at_idx on false_alert_report (reported_at);
