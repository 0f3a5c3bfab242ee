package org.vigil.analysis;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigil.findings.FindingsEngine;

/** One compiled findings engine for the application (compiling the knowledge base is costly). */
@Configuration
class FindingsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(FindingsConfiguration.class);

  @Bean
  FindingsEngine findingsEngine(FindingsProperties properties) {
    FindingsEngine engine = properties.knowledgeBase() == null || properties.knowledgeBase().isBlank()
        ? FindingsEngine.withDefaultKnowledgeBase()
        : FindingsEngine.withKnowledgeBase(Path.of(properties.knowledgeBase()));
    log.info("findings engine ready: knowledge base {}", engine.knowledgeBaseVersion());
    return engine;
  }
}
