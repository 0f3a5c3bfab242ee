-- FHIR intake in the shared archive and dead-letter store. Additive; runs unchanged on H2 2.3 and
-- PostgreSQL 15+.

-- The resource an archived message recorded (e.g. 'DiagnosticReport/<id>'), so a re-sent FHIR
-- request (same sender and X-Request-ID) is answered with what the first one recorded.
alter table inbound_message add column result_ref varchar(100);

-- FHIR refusals are kept with the HTTP status answered (400, 422, 500...), HL7 ones with AE/AR.
alter table dead_letter alter column ack_code set data type varchar(3);
