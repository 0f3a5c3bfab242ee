package org.vigil.findings.engine;

import java.io.InputStream;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.FollowUpReader;
import org.vigil.findings.kb.KnowledgeBase;
import org.vigil.findings.kb.KnowledgeBaseLoader;

/** The engine over the test knowledge base (src/test/resources/findings/test-kb.yaml). */
public final class TestEngines {

  private static final FindingsEngine ENGINE =
      FindingsEngine.withKnowledgeBase(testKnowledgeBase(), FollowUpReader.NONE);

  private TestEngines() {}

  public static FindingsEngine engine() {
    return ENGINE;
  }

  public static KnowledgeBase testKnowledgeBase() {
    InputStream in = TestEngines.class.getResourceAsStream("/findings/test-kb.yaml");
    if (in == null) {
      throw new IllegalStateException("test knowledge base missing");
    }
    return KnowledgeBaseLoader.load(in, "test-kb.yaml");
  }
}
