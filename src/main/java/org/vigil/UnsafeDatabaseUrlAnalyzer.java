package org.vigil;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused database URL into Spring Boot's plain "application failed to start" text. */
class UnsafeDatabaseUrlAnalyzer extends AbstractFailureAnalyzer<UnsafeDatabaseUrl> {

  @Override
  protected FailureAnalysis analyze(Throwable root, UnsafeDatabaseUrl cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Correct the database URL (spring.datasource.url / SPRING_DATASOURCE_URL) and start again.",
        cause);
  }
}
