package org.vigil.findings.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;

/**
 * Links a follow-up to the finding it follows: the nearest relevant finding in the same sentence,
 * else the last one in the previous sentence, else the only affirmed finding whose guideline sends
 * follow-ups to the follow-up's region (or modality). Relevant: not negated, about the patient, and
 * either covered by a guideline or earning an alert category.
 */
final class FindingLinker {

  private final Guidelines guidelines;

  FindingLinker(Guidelines guidelines) {
    this.guidelines = guidelines;
  }

  /** The concept id the follow-up at {@code offset} in sentence {@code index} follows, or null. */
  String link(List<Finding> findings, int sentenceIndex, int offset, Procedure procedure) {
    return inSentence(findings, sentenceIndex, offset, procedure)
        .or(() -> lastIn(findings, sentenceIndex - 1, procedure))
        .or(() -> byGuideline(findings, procedure))
        .map(Finding::concept)
        .orElse(null);
  }

  private Optional<Finding> inSentence(
      List<Finding> findings, int index, int offset, Procedure procedure) {
    String region = procedure == null ? null : procedure.region();
    return findings.stream()
        .filter(f -> f.sentence() == index && relevant(f) && compatible(f, procedure))
        .min(
            Comparator.comparing((Finding f) -> region == null || !regionMatches(f, region))
                .thenComparing(f -> !hasGuideline(f))
                .thenComparingInt(f -> Math.abs(f.start() - offset)));
  }

  private Optional<Finding> lastIn(List<Finding> findings, int index, Procedure procedure) {
    return findings.stream()
        .filter(f -> f.sentence() == index && relevant(f) && compatible(f, procedure))
        .max(Comparator.comparing(this::hasGuideline).thenComparingInt(Finding::start));
  }

  private Optional<Finding> byGuideline(List<Finding> findings, Procedure procedure) {
    if (procedure == null || procedure.region() == null) {
      return Optional.empty();
    }
    List<Finding> matching =
        findings.stream()
            .filter(f -> f.isAffirmed() && regionMatches(f, procedure.region()))
            .toList();
    boolean oneConcept = matching.stream().map(Finding::concept).distinct().count() == 1;
    return oneConcept ? Optional.of(matching.get(0)) : Optional.empty();
  }

  private boolean regionMatches(Finding finding, String region) {
    List<String> wanted = List.of(region.split("\\+"));
    return guidelines.regionsFor(finding.concept()).stream().anyMatch(wanted::contains);
  }

  /** A CT chest does not follow an adrenal nodule: a guideline finding must share the region. */
  private boolean compatible(Finding f, Procedure procedure) {
    boolean regionKnown = procedure != null && procedure.region() != null;
    return !regionKnown || !hasGuideline(f) || regionMatches(f, procedure.region());
  }

  private boolean relevant(Finding f) {
    boolean aboutPatient = f.experiencer() == null || "patient".equals(f.experiencer());
    return !f.negated() && aboutPatient && (hasGuideline(f) || alerts(f));
  }

  private static boolean alerts(Finding f) {
    return f.category() != null && f.category() != AlertCategory.NONE;
  }

  private boolean hasGuideline(Finding f) {
    return !guidelines.forConcept(Objects.requireNonNull(f.concept(), "finding concept")).isEmpty();
  }
}
