package org.vigil.findings;

/**
 * One context trigger of a sentence and how far its scope reached, for explaining a mention.
 * Offsets are into the report text: the trigger's words [triggerStart, triggerEnd), its scope
 * [scopeStart, scopeEnd) (the trigger itself inside it). {@code forwardStop} and
 * {@code backwardStop} say why the scope ended on each side it reaches (null on a side it does
 * not reach), and {@code forwardStopWord}/{@code backwardStopWord} the word it ended at (null at
 * a sentence edge or the window limit). {@code applied} tells whether it governs the mention.
 */
public record ScopeTrace(
    String kind,
    String phrase,
    String direction,
    int window,
    int triggerStart,
    int triggerEnd,
    int scopeStart,
    int scopeEnd,
    ScopeStop forwardStop,
    String forwardStopWord,
    ScopeStop backwardStop,
    String backwardStopWord,
    boolean applied) {

  /** "'no' scope ended at 'but' (a terminator word)" for the side facing the mention. */
  public String stopFacing(int mentionStart) {
    if (forwardStop == null && backwardStop == null) {
      return "it joins the finding to the word beside it as an alternative (a differential);"
          + " under a negation or in the clinical details it is only a list";
    }
    boolean after = mentionStart >= triggerEnd;
    ScopeStop stop = after ? forwardStop : backwardStop;
    String word = after ? forwardStopWord : backwardStopWord;
    if (stop == null) {
      return after ? "it reaches backward only, and the mention is after it"
          : "it reaches forward only, and the mention is before it";
    }
    String where = word == null ? "" : " at '" + word + "'";
    return "scope ended" + where + " (" + stop.reason()
        + (stop == ScopeStop.WINDOW ? " of " + window + " words" : "") + ")";
  }
}
