package org.vigil.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vigil.findings.*}: an optional knowledge-base file a trust supplies (else the one in
 * the jar), and the batch size for background re-analysis.
 */
@ConfigurationProperties("vigil.findings")
public record FindingsProperties(String knowledgeBase, Integer reanalysisBatchSize) {

  public int batchSize() {
    return reanalysisBatchSize == null || reanalysisBatchSize < 1 ? 200 : reanalysisBatchSize;
  }
}
