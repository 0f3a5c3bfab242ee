package org.vigil.findings.followup;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vigil.findings.Finding;
import org.vigil.findings.FollowUp;
import org.vigil.findings.FollowUpReader;
import org.vigil.findings.Sentence;

/**
 * Reads a report's follow-up recommendations and derives guideline follow-ups for affirmed findings
 * whose report gives no interval. Immutable and thread-safe: build once, share.
 */
public final class FollowUpRecommendations implements FollowUpReader {

  private final Guidelines guidelines;
  private final ReportAdviceReader reportAdvice;
  private final GuidelineAdvisor advisor;

  public FollowUpRecommendations(Guidelines guidelines) {
    this.guidelines = Objects.requireNonNull(guidelines, "guidelines");
    this.reportAdvice = new ReportAdviceReader(new FindingLinker(guidelines));
    this.advisor = new GuidelineAdvisor(guidelines);
  }

  /** With the guidelines shipped in the jar. */
  public static FollowUpRecommendations fromClasspath() {
    return new FollowUpRecommendations(Guidelines.fromClasspath());
  }

  /** With a trust's own guidelines file. */
  public static FollowUpRecommendations fromFile(Path file) {
    return new FollowUpRecommendations(Guidelines.fromFile(file));
  }

  @Override
  public List<FollowUp> read(String text, List<Sentence> sentences, List<Finding> findings) {
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(findings, "findings");
    ReportAdviceReader.Read read = reportAdvice.read(sentences, findings);
    return List.copyOf(advisor.apply(text == null ? "" : text, sentences, findings, read));
  }

  @Override
  public Object definition() {
    return guidelines;
  }

  /** The version of the guidelines in use, for the analysis record. */
  public String guidelinesVersion() {
    return guidelines.version();
  }
}
