package org.vigil.findings.kb;

import java.util.ArrayList;
import java.util.List;
import org.vigil.findings.Measurement;
import org.vigil.findings.text.Clauses;
import org.vigil.findings.text.Tokens;

/**
 * Gives each measurement to the mention it describes: the nearest mention in the same clause,
 * just before it ("12 mm nodule") or a little after it ("nodule ... measuring 12 mm").
 */
final class MeasurementAttacher {

  private static final int MAX_TOKENS_BEFORE_MENTION = 4;
  private static final int MAX_TOKENS_AFTER_MENTION = 10;

  private MeasurementAttacher() {}

  /** For each mention (same order), the measurements attached to it. */
  static List<List<Measurement>> attach(Tokens tokens, int from, int to, List<Mention> mentions,
      List<Measurement> measurements) {
    List<List<Measurement>> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      out.add(new ArrayList<>(1));
    }
    for (Measurement m : measurements) {
      int first = tokens.tokenAtOrAfter(m.start(), from, to);
      int end = tokens.tokenAtOrAfter(m.end(), from, to);
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int k = 0; k < mentions.size(); k++) {
        int distance = distance(tokens, mentions.get(k), first, end);
        if (distance < bestDistance) {
          best = k;
          bestDistance = distance;
        }
      }
      if (best >= 0) {
        out.get(best).add(m);
      }
    }
    return out;
  }

  /** Tokens between measurement and mention, or MAX_VALUE when too far or in another clause. */
  private static int distance(Tokens tokens, Mention mention, int first, int end) {
    if (end <= mention.first()) {
      int gap = mention.first() - end;
      return gap <= MAX_TOKENS_BEFORE_MENTION && Clauses.sameClause(tokens, end - 1, mention.first())
          ? gap : Integer.MAX_VALUE;
    }
    if (first >= mention.end()) {
      int gap = first - mention.end();
      return gap <= MAX_TOKENS_AFTER_MENTION && Clauses.sameClause(tokens, mention.end() - 1, first)
          ? gap + 1 : Integer.MAX_VALUE;
    }
    return 0;
  }
}
