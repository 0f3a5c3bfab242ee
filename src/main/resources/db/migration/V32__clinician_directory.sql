-- The clinician directory (org.vigil.directory): every clinician the feeds name, keyed by
-- assigning authority ('LOCAL' when none) and code, both upper case; the Vigil user and email an
-- administrator links. app_user is indexed: a referrer's inbox and sites are looked up by it.
create table directory_clinician (
  authority           varchar(100) not null,
  code                varchar(100) not null,
  name                varchar(200),
  app_user            varchar(100),
  email               varchar(320),
  team                varchar(200),
  sites               varchar(1000),
  first_seen_at       timestamp with time zone not null,
  last_seen_at        timestamp with time zone,
  updated_at          timestamp with time zone not null,
  updated_by          varchar(100),
  constraint directory_clinician_pk primary key (authority, code)
);
create index directory_clinician_code_idx on directory_clinician (code);
create index directory_clinician_user_idx on directory_clinician (app_user);
create index directory_clinician_team_idx on directory_clinician (team);

-- The teams the feeds name (PV1-10), with a shared address an administrator sets.
create table directory_team (
  name                varchar(200) primary key,
  email               varchar(320),
  first_seen_at       timestamp with time zone not null,
  updated_at          timestamp with time zone not null,
  updated_by          varchar(100)
);
