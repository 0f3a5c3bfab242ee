-- The imaging record: patients (with merges and identifier history), examinations, reports.
-- Portable SQL: runs unchanged on H2 2.3 and PostgreSQL 15+.

create table patient (
  id              uuid primary key,
  nhs_number      varchar(10),
  family_name     varchar(200),
  given_name      varchar(200),
  birth_date      date,
  sex             varchar(1),
  merged_into     uuid references patient (id),
  created_at      timestamp with time zone not null,
  updated_at      timestamp with time zone not null
);
create index patient_nhs_number_idx on patient (nhs_number);
create index patient_family_name_idx on patient (family_name);
create index patient_merged_into_idx on patient (merged_into);

-- Every identifier a patient was ever known by; inactive ones still resolve (A47 keeps history).
create table patient_identifier (
  id              uuid primary key,
  patient_id      uuid not null references patient (id),
  authority       varchar(100) not null,
  id_value        varchar(100) not null,
  id_type         varchar(20),
  active          boolean not null,
  replaced_by     uuid references patient_identifier (id),
  created_at      timestamp with time zone not null,
  constraint patient_identifier_uk unique (authority, id_value)
);
create index patient_identifier_patient_idx on patient_identifier (patient_id);

-- Merge history (ADT^A40): the merged record stays, pointing at the surviving one.
create table patient_merge (
  id                  uuid primary key,
  surviving_patient   uuid not null references patient (id),
  merged_patient      uuid not null references patient (id),
  merged_at           timestamp with time zone not null,
  source_message      uuid,
  exams_moved         integer not null,
  reports_moved       integer not null
);
create index patient_merge_surviving_idx on patient_merge (surviving_patient);
create index patient_merge_merged_idx on patient_merge (merged_patient);

create table exam (
  id                  uuid primary key,
  patient_id          uuid not null references patient (id),
  accession_number    varchar(64) not null,
  placer_number       varchar(64),
  filler_number       varchar(64),
  procedure_code      varchar(64),
  procedure_name      varchar(250),
  modality            varchar(16),
  body_part           varchar(100),
  priority            varchar(32) not null,
  patient_class       varchar(32) not null,
  requester           varchar(200),
  consultant          varchar(200),
  team                varchar(200),
  site                varchar(100),
  status              varchar(32) not null,
  requested_at        timestamp with time zone,
  scheduled_at        timestamp with time zone,
  performed_at        timestamp with time zone,
  preliminary_at      timestamp with time zone,
  final_at            timestamp with time zone,
  cancelled_at        timestamp with time zone,
  created_at          timestamp with time zone not null,
  updated_at          timestamp with time zone not null,
  constraint exam_accession_uk unique (accession_number)
);
create index exam_patient_idx on exam (patient_id);
create index exam_placer_idx on exam (placer_number);
create index exam_updated_idx on exam (updated_at);
create index exam_site_status_idx on exam (site, status);
create index exam_requested_idx on exam (requested_at);

-- One row per report version (preliminary, final, corrected, addendum).
create table report (
  id                  uuid primary key,
  exam_id             uuid references exam (id),
  patient_id          uuid not null references patient (id),
  accession_number    varchar(64) not null,
  sequence_no         integer not null,
  status              varchar(16) not null,
  report_text         text not null,
  radiologist         varchar(200),
  abnormal_flag       varchar(16),
  alert_codes         varchar(200),
  reported_at         timestamp with time zone,
  received_at         timestamp with time zone not null,
  source              varchar(16) not null,
  source_message      uuid,
  constraint report_version_uk unique (accession_number, sequence_no)
);
create index report_exam_idx on report (exam_id);
create index report_patient_idx on report (patient_id);
create index report_received_idx on report (received_at);

create table report_section (
  report_id           uuid not null references report (id),
  position            integer not null,
  heading             varchar(200),
  code                varchar(64),
  section_text        text not null,
  primary key (report_id, position)
);

-- Spring Modulith JDBC event publication registry: events that must not be lost.
create table event_publication (
  id                  uuid primary key,
  listener_id         varchar(512) not null,
  event_type          varchar(512) not null,
  serialized_event    text not null,
  publication_date    timestamp with time zone not null,
  completion_date     timestamp with time zone
);
create index event_publication_completion_idx on event_publication (completion_date);
