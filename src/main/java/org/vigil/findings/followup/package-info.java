/**
 * Follow-up recommendations: reads the follow-ups a report recommends (procedure, modality, region,
 * interval, conditional, actionable, the finding followed) and derives guideline follow-ups
 * (Fleischner 2017, AAA, thyroid, adrenal, renal...) for affirmed findings whose report gives no
 * interval. Guidelines are data: {@code kb/guidelines.yaml}. Plain Java.
 */
package org.vigil.findings.followup;
