package org.vigil.findings;

import java.util.List;

/**
 * One mention of a knowledge-base concept in a report, with its assertion context and evidence.
 * {@code category} is the category this mention earns after its conditions (e.g. tension, size)
 * and context (a negated mention earns NONE). Offsets are into the report text as given.
 */
public record Finding(
    String concept,
    String name,
    String snomed,
    AlertCategory category,
    boolean negated,
    boolean uncertain,
    boolean historical,
    boolean hypothetical,
    String experiencer,
    SectionKind section,
    int sentence,
    int start,
    int end,
    String trigger,
    String laterality,
    String site,
    List<Measurement> measurements,
    List<Modifier> modifiers) {

  public Finding {
    measurements = List.copyOf(measurements);
    modifiers = List.copyOf(modifiers);
  }

  /** A mention that asserts the finding is present in this patient now (or may be). */
  public boolean isAffirmed() {
    return !negated && !hypothetical && "patient".equals(experiencer);
  }
}
