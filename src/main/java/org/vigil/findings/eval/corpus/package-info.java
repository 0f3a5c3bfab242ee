/**
 * Evaluation on real, coded report collections kept outside the repository: the collection's own
 * codes mapped to Vigil concepts (data), per-concept precision and recall, false alerts per 1,000
 * reports coded normal, a deterministic development/held-out split, and the disagreements to read.
 */
package org.vigil.findings.eval.corpus;
