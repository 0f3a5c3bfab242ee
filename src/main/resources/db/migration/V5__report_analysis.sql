-- What the findings engine read in each report version, with the knowledge-base version used.
-- A new knowledge base re-reads stored reports into rows with current = false until a clinical
-- safety officer approves the run; then they become current and the old rows stay as history.
create table report_analysis (
  id                    uuid primary key,
  report_id             uuid not null references report (id),
  kb_version            varchar(64) not null,
  category              varchar(16) not null,
  communication_needed  boolean not null,
  flag_agreement        varchar(32) not null,
  result_json           text not null,
  analysed_at           timestamp with time zone not null,
  is_current            boolean not null,
  run_id                uuid,
  constraint report_analysis_uk unique (report_id, kb_version)
);
create index report_analysis_report_idx on report_analysis (report_id, is_current);
create index report_analysis_category_idx on report_analysis (category, analysed_at);
create index report_analysis_run_idx on report_analysis (run_id);

create table reanalysis_run (
  id                    uuid primary key,
  kb_version            varchar(64) not null,
  status                varchar(24) not null,
  total                 integer not null,
  done                  integer not null,
  alerts_raised         integer not null,
  alerts_withdrawn      integer not null,
  categories_changed    integer not null,
  started_at            timestamp with time zone not null,
  finished_at           timestamp with time zone,
  started_by            varchar(100) not null,
  decided_by            varchar(100),
  decided_at            timestamp with time zone,
  failure               varchar(500)
);
