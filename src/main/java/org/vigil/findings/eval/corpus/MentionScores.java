package org.vigil.findings.eval.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.findings.Assertion;
import org.vigil.findings.eval.Counts;

/** The engine's assertions against the hand labels of one part of the split. */
public final class MentionScores {

  /** The measured modifiers and their label letters. */
  static final Map<String, Character> MODIFIERS = new LinkedHashMap<>();

  static {
    MODIFIERS.put("negated", 'N');
    MODIFIERS.put("uncertain", 'U');
    MODIFIERS.put("historical", 'H');
    MODIFIERS.put("hypothetical", 'Y');
  }

  private final Map<String, Counts> modifiers = new LinkedHashMap<>();
  private final List<String> disagreements = new ArrayList<>();
  private Counts followUp = Counts.ZERO;
  private int mentions;
  private int reports;

  MentionScores() {
    MODIFIERS.keySet().forEach(m -> modifiers.put(m, Counts.ZERO));
  }

  void add(MentionLabel label, Assertion a, String context) {
    mentions++;
    List<String> wrong = new ArrayList<>();
    for (var e : MODIFIERS.entrySet()) {
      boolean gold = label.has(e.getValue());
      boolean said = said(a, e.getKey());
      modifiers.merge(e.getKey(), count(gold, said), Counts::plus);
      if (gold != said) {
        wrong.add((gold ? "missed " : "extra ") + e.getKey());
      }
    }
    if (!wrong.isEmpty()) {
      disagreements.add(label.uid() + "\t" + label.mention() + "\t" + label.label() + "\t"
          + String.join(", ", wrong) + "\t" + context);
    }
  }

  void addReport(MentionLabel label, boolean engineFollowUp) {
    reports++;
    followUp = followUp.plus(count(label.has('F'), engineFollowUp));
    if (label.has('F') != engineFollowUp) {
      disagreements.add(label.uid() + "\t*\t" + label.label() + "\t"
          + (engineFollowUp ? "extra" : "missed") + " follow-up");
    }
  }

  private static boolean said(Assertion a, String modifier) {
    return switch (modifier) {
      case "negated" -> a.negated();
      case "uncertain" -> a.uncertain();
      case "historical" -> a.historical();
      default -> a.hypothetical();
    };
  }

  private static Counts count(boolean gold, boolean said) {
    if (gold && said) {
      return Counts.ZERO.plusTp();
    }
    if (said) {
      return Counts.ZERO.plusFp();
    }
    return gold ? Counts.ZERO.plusFn() : Counts.ZERO;
  }

  public Map<String, Counts> modifiers() {
    return modifiers;
  }

  public Counts followUp() {
    return followUp;
  }

  public int mentions() {
    return mentions;
  }

  public int reports() {
    return reports;
  }

  public List<String> disagreements() {
    return disagreements;
  }
}
