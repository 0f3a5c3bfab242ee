package org.vigil.findings.followup;

/** What a follow-up asks for: a procedure name, its modality (null if not imaging), its region. */
record Procedure(String name, String modality, String region) {}
