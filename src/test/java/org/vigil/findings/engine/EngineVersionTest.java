package org.vigil.findings.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.FollowUpReader;
import org.vigil.findings.context.ContextRules;
import org.vigil.findings.kb.KnowledgeBaseLoader;

/** One engine version covers every input: a changed context rule re-reads the reports. */
class EngineVersionTest {

  @Test
  void theSameInputsGiveTheSameVersionAndAChangedContextRuleANewOne() {
    var kb = KnowledgeBaseLoader.loadDefault();
    var rules = ContextRules.loadDefault();
    String a = new FindingsEngine(kb, rules, FollowUpReader.NONE).knowledgeBaseVersion();
    String b = new FindingsEngine(kb, ContextRules.loadDefault(), FollowUpReader.NONE)
        .knowledgeBaseVersion();
    ContextRules changed = ContextRules.load(new ByteArrayInputStream(
        "version: \"2\"\nnegated:\n  forward: [\"no\"]\n".getBytes(StandardCharsets.UTF_8)), "t");
    String c = new FindingsEngine(kb, changed, FollowUpReader.NONE).knowledgeBaseVersion();
    assertThat(a).isEqualTo(b).startsWith(kb.version() + "+");
    assertThat(c).isNotEqualTo(a).startsWith(kb.version() + "+");
  }

  @Test
  void theGuidelinesAreAnInputToo() {
    var kb = KnowledgeBaseLoader.loadDefault();
    String without = new FindingsEngine(kb, ContextRules.loadDefault(), FollowUpReader.NONE)
        .knowledgeBaseVersion();
    assertThat(FindingsEngine.withDefaultKnowledgeBase().knowledgeBaseVersion())
        .isNotEqualTo(without).hasSizeLessThanOrEqualTo(64);
  }
}
