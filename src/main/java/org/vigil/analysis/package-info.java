/**
 * Reading every report: runs the findings engine on each report version as it arrives, keeps the
 * result with the knowledge-base version that produced it, and re-reads stored reports when a
 * new knowledge base is reviewed and approved. Publishes {@link org.vigil.analysis.ReportAnalysed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report analysis")
package org.vigil.analysis;
