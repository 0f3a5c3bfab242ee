/**
 * Evaluation of the findings engine against a labelled corpus: per-concept, per-category,
 * per-modifier and follow-up precision/recall/F1, and the list of every miss. A development
 * measure, not a validation: the engine is also measured on unseen real reports.
 */
package org.vigil.findings.eval;
