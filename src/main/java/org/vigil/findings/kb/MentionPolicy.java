package org.vigil.findings.kb;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Modifier;

/**
 * What a hedged, historical or progressing mention earns, per category ({@code mention-policy.yaml},
 * reviewed data). A suspected CRITICAL or URGENT finding always keeps its category.
 */
public record MentionPolicy(String version, Map<AlertCategory, Row> categories,
    @JsonProperty("still_new") List<String> stillNew) {

  public static final String DEFAULT_RESOURCE = "/org/vigil/findings/kb/mention-policy.yaml";

  /** One category's row. Values: KEEP, CONCEPT (historical only), NONE or a category name. */
  public record Row(String uncertain, String historical,
      @JsonProperty("progression_of_known") String progressionOfKnown) {}

  public MentionPolicy {
    categories = new EnumMap<>(categories);
    stillNew = stillNew.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    for (AlertCategory c : AlertCategory.values()) {
      if (c != AlertCategory.NONE && !categories.containsKey(c)) {
        throw new IllegalArgumentException("alert policy has no row for " + c);
      }
    }
    categories.forEach((c, row) -> {
      check(row.uncertain(), false, c);
      check(row.historical(), true, c);
      check(row.progressionOfKnown(), false, c);
    });
    for (AlertCategory c : Set.of(AlertCategory.CRITICAL, AlertCategory.URGENT)) {
      if (!"KEEP".equals(categories.get(c).uncertain())) {
        throw new IllegalArgumentException("alert policy: an uncertain " + c
            + " finding must keep its category (a suspected emergency is communicated)");
      }
    }
  }

  private static void check(String value, boolean conceptAllowed, AlertCategory c) {
    boolean ok = value != null && (value.equals("KEEP") || value.equals("NONE")
        || (conceptAllowed && value.equals("CONCEPT"))
        || Set.of("CRITICAL", "URGENT", "CANCER", "SIGNIFICANT").contains(value));
    if (!ok) {
      throw new IllegalArgumentException("alert policy for " + c + ": bad value '" + value + "'");
    }
    if (!value.equals("KEEP") && !value.equals("NONE") && !value.equals("CONCEPT")
        && AlertCategory.valueOf(value).outranks(c)) {
      throw new IllegalArgumentException("alert policy for " + c + " raises to " + value
          + ": a modifier may only keep or lower a category");
    }
  }

  public static MentionPolicy loadDefault() {
    try (InputStream in = MentionPolicy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("alert policy missing from the classpath: " + DEFAULT_RESOURCE);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  public static MentionPolicy load(InputStream in) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    yaml.coercionConfigDefaults().setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return yaml.readValue(in, MentionPolicy.class);
  }

  /**
   * The category a mention earns after its modifiers, given the category its rules gave it and
   * the concept's own history policy. Negated, hypothetical and other people's mentions are
   * handled before (they earn nothing).
   */
  AlertCategory apply(AlertCategory ruled, boolean uncertain, boolean historical,
      HistoricalPolicy conceptHistory, List<Modifier> modifiers) {
    return apply(ruled, uncertain, historical, conceptHistory, modifiers, null);
  }

  /** As above, adding to {@code why} (when not null) each row and value used, in plain words. */
  AlertCategory apply(AlertCategory ruled, boolean uncertain, boolean historical,
      HistoricalPolicy conceptHistory, List<Modifier> modifiers, List<String> why) {
    if (ruled == AlertCategory.NONE) {
      note(why, "NONE needs no policy: nothing to communicate");
      return ruled;
    }
    Row row = categories.get(ruled);
    AlertCategory earned = ruled;
    boolean progression = !historical && progressionOfKnown(modifiers);
    if (historical) {
      earned = switch (row.historical()) {
        case "CONCEPT" -> conceptHistory == HistoricalPolicy.SUPPRESS ? AlertCategory.NONE : ruled;
        case "KEEP" -> ruled;
        default -> AlertCategory.valueOf(row.historical());
      };
      note(why, "historical: mention-policy.yaml " + ruled + ".historical = " + row.historical()
          + (row.historical().equals("CONCEPT") ? " (the concept says historical: "
          + conceptHistory.name().toLowerCase(Locale.ROOT) + ")" : "") + " → " + earned);
    } else if (progression) {
      earned = outcome(row.progressionOfKnown(), ruled);
      note(why, "a known finding now progressing: mention-policy.yaml " + ruled
          + ".progression_of_known = " + row.progressionOfKnown() + " → " + earned);
    }
    if (uncertain && earned != AlertCategory.NONE) {
      String value = categories.get(earned).uncertain();
      AlertCategory hedged = outcome(value, earned);
      note(why, "uncertain: mention-policy.yaml " + earned + ".uncertain = " + value + " → "
          + hedged);
      earned = hedged;
    }
    if (!historical && !uncertain && !progression) {
      note(why, "affirmed and current: no policy row applies, the category stands → " + earned);
    }
    return earned;
  }

  private static void note(List<String> why, String step) {
    if (why != null) {
      why.add(step);
    }
  }

  private static AlertCategory outcome(String value, AlertCategory ruled) {
    return value.equals("KEEP") ? ruled : AlertCategory.valueOf(value);
  }

  /** A "known" mention made current by a growth word, not by a word that makes it new again. */
  private boolean progressionOfKnown(List<Modifier> modifiers) {
    boolean known = false;
    String current = null;
    for (Modifier m : modifiers) {
      if (m.kind().equals("known")) {
        known = true;
      } else if (m.kind().equals("current")) {
        current = m.trigger().toLowerCase(Locale.ROOT).replace('-', ' ').strip();
      }
    }
    return known && current != null && !stillNew.contains(current);
  }

  /** The rows as text, for the findings page and the docs. */
  public String describe() {
    return categories.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
