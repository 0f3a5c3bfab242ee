-- A section whose text is part of its report's text (every HL7 section is) is stored as where it
-- lies in that text, not as a second copy: intake wrote each report's text twice, a quarter of
-- what it writes per report. Sections stored before, and any section that is not part of the
-- text, keep their own copy.
alter table report_section add column text_start integer;
alter table report_section add column text_end integer;
alter table report_section alter column section_text drop not null;
alter table report_section add constraint report_section_text_ck
  check (section_text is not null or (text_start is not null and text_end is not null));
