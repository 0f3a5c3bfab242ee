package org.vigil.findings;

/**
 * A report to analyse. {@code modality} (CT, MR, XR/CR/DX, US, NM, MG, ...) and {@code flag} (the
 * alert flag the radiologist or RIS set, e.g. "CRITICAL", "AA", "A", or null) are optional.
 */
public record ReportInput(String id, String text, String modality, String flag) {}
