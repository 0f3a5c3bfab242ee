/**
 * Findings: reads radiology report text and finds critical, urgent, cancer and significant
 * findings (with negation, uncertainty, history, hypothetical and experiencer context) and
 * follow-up recommendations. Plain Java: no Spring, no HAPI; usable alone and from its CLI.
 */
package org.vigil.findings;
