package org.vigil.findings.eval;

/** A labelled sentence of sentences.jsonl: the assertion context of {@code target} in it. */
public record CorpusSentence(
    String id,
    String sentence,
    String target,
    String concept,
    boolean negated,
    boolean uncertain,
    boolean historical,
    boolean hypothetical,
    String experiencer,
    String modality,
    String section,
    String note) {

  /** True when the mention is about someone other than the patient. */
  public boolean otherExperiencer() {
    return !"patient".equalsIgnoreCase(experiencer);
  }
}
