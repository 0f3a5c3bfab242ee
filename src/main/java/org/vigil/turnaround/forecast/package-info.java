/**
 * The breach forecast: which waiting examinations will breach their report target at recent
 * reporting rates, how many reporting hours each modality needs, and a backtest that scores the
 * forecast against what then happened.
 */
package org.vigil.turnaround.forecast;
