/**
 * Exports of turnaround data: the NHS Diagnostic Imaging Dataset's dates and fields per
 * examination, streamed as CSV that spreadsheets open without running any cell.
 */
package org.vigil.turnaround.export;
