-- API tokens for machine clients (Authorization: Bearer <token> on /api and /fhir), created and
-- revoked by an administrator. Only the SHA-256 of the token is kept (the token is 256 random
-- bits, shown once), so a copy of this table does not let anyone sign in. A revoked token stays
-- listed, with who revoked it and when. Runs unchanged on H2 2.3 and PostgreSQL 15+.
create table api_token (
  id            uuid primary key,
  name          varchar(100) not null,
  token_sha256  char(64) not null unique,
  role          varchar(30) not null,
  created_by    varchar(100) not null,
  created_at    timestamp with time zone not null,
  revoked_by    varchar(100),
  revoked_at    timestamp with time zone
);
