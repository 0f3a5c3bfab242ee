/**
 * The reporting manager's dashboard: turnaround p50/p90 by week, modality, priority and setting,
 * breaches, the backlog over time and its oldest exams, and the backlog gauges. Kept from the
 * record incrementally (aggregates updated from changed exams only), so no view reads all history.
 */
package org.vigil.turnaround.dashboard;
