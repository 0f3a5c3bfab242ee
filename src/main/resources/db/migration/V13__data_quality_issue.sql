-- Data quality: values Vigil accepted but could not read, so they are stored as unknown and listed
-- for someone to put right at the source (today: times stated but unreadable, such as OBR-7 in
-- month 13 or MSH-7 = NOTADATE; the receipt time is never put in their place). Portable SQL: runs
-- unchanged on H2 2.3 and PostgreSQL 15+.

create table data_quality_issue (
  id                  uuid primary key,
  channel             varchar(16) not null,
  message_id          uuid not null,          -- the archived message (inbound_message.id)
  accession_number    varchar(64),            -- null for message-level fields (MSH-7)
  field               varchar(16) not null,   -- where the value came from, e.g. OBR-7
  raw_value           text not null,          -- as sent
  problem             varchar(200) not null,
  recorded_at         timestamp with time zone not null
);
create index data_quality_issue_recorded_idx on data_quality_issue (recorded_at);
create index data_quality_issue_accession_idx on data_quality_issue (accession_number);
