package org.vigil.findings.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.findings.Assertion;
import org.vigil.findings.Modifier;
import org.vigil.findings.SectionKind;

/** Collects what the triggers in scope say. */
final class Verdict {
  boolean negated;
  boolean uncertain;
  boolean historical;
  boolean hypothetical;
  boolean current;
  boolean other;
  final List<Modifier> modifiers = new ArrayList<>(2);

  Modifier currentTrigger;
  Modifier alternative;
  boolean request;

  void apply(SentenceContext.Hit hit, Modifier modifier) {
    switch (hit.trigger.kind()) {
      case NEGATED -> negated = true;
      case UNCERTAIN -> uncertain = true;
      case HISTORICAL -> historical = true;
      case HYPOTHETICAL -> hypothetical = true;
      case EXPERIENCER -> other = true;
      case CURRENT -> current = true;
      default -> {
        return;
      }
    }
    if (hit.trigger.kind() != TriggerKind.CURRENT) {
      modifiers.add(modifier);
    } else if (currentTrigger == null) {
      currentTrigger = modifier;
    }
  }

  /**
   * The section's effect. In the referrer's words a mention is the question (hypothetical)
   * unless stated as history or of someone else, or it is an established diagnosis written
   * plainly, with no question or hedge ("Clinical details: lung cancer, breathless"): that is
   * the patient's known condition (historical), not what is asked.
   */
  void applySection(SectionKind section, int at, boolean statedDiagnosis) {
    if (section == SectionKind.INDICATION || section == SectionKind.TECHNIQUE) {
      request = true;
      String name = section.name().toLowerCase(Locale.ROOT);
      // only the referrer's clinical details: in the technique ("CT staging for lung cancer")
      // a history reading could let a concept that keeps its category on history alert
      if (statedDiagnosis && section == SectionKind.INDICATION && modifiers.isEmpty()) {
        // "Lung cancer, increasing breathlessness": the growth word is about the symptom
        current = false;
        currentTrigger = null;
        historical = true;
        modifiers.add(new Modifier("historical", "section:" + name + " (stated diagnosis)", at, at));
        return;
      }
      askedNotDoubted();
      if (other || (historical && !current)) {
        return; // a stated fact: "family history of aneurysm", "recurrent pneumonia in the past"
      }
      hypothetical = true;
      modifiers.add(new Modifier("hypothetical", "section:" + name, at, at));
    } else if (section == SectionKind.COMPARISON || section == SectionKind.HISTORY) {
      historical = true;
      modifiers.add(new Modifier("historical",
          "section:" + section.name().toLowerCase(Locale.ROOT), at, at));
    }
  }

  void dropUncertain() {
    uncertain = false;
    modifiers.removeIf(m -> m.kind().equals("uncertain"));
  }

  /**
   * In the clinical details "?PE", "query PE" and "suspected PE" are the referrer's question:
   * hypothetical (already, by section), not a finding the radiologist is unsure of.
   */
  private void askedNotDoubted() {
    if (!uncertain) {
      return;
    }
    uncertain = false;
    hypothetical = true;
    modifiers.replaceAll(m -> m.kind().equals("uncertain")
        ? new Modifier("hypothetical", m.trigger(), m.start(), m.end()) : m);
  }

  /**
   * A known finding that is now new, growing or back ("known aneurysm, now enlarging") is not
   * history; its history words are kept as "known" and the word that makes it current as
   * "current", so the alert policy can tell progression of a known cancer from a new one.
   */
  Assertion assertion() {
    // Alternatives are the radiologist's differential, not the referrer's list, and under a
    // negation or a condition they are a list ("no pneumothorax or effusion").
    if (alternative != null && !request && !negated && !hypothetical && !uncertain) {
      uncertain = true;
      modifiers.add(alternative);
    }
    boolean isHistorical = historical && !current;
    List<Modifier> kept = modifiers;
    if (!isHistorical) {
      kept = new ArrayList<>(modifiers.size() + 1);
      for (Modifier m : modifiers) {
        kept.add(m.kind().equals("historical")
            ? new Modifier("known", m.trigger(), m.start(), m.end()) : m);
      }
      if (historical && currentTrigger != null) {
        kept.add(currentTrigger);
      }
    }
    return new Assertion(negated, uncertain, isHistorical, hypothetical,
        other ? "other" : "patient", kept);
  }
}
