/**
 * The daily digest: once a day at the trust's configured time, each clinician with open alerts
 * awaiting them gets one email listing them (counts by category and state, the most overdue
 * first, links, no report text and no patient name). Claimed per person and day in the database,
 * so with several nodes each person gets one digest a day.
 */
package org.vigil.alerts.digest;
