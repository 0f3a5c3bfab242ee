package org.vigil.findings.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;

/**
 * Structural checks of the default knowledge base, read as plain maps so that the clinical
 * content is checked independently of the engine that compiles it. A failure names every
 * offending concept so a clinical safety officer can see what to fix.
 */
class KnowledgeBaseContentTest {

  private static final String RESOURCE = "/org/vigil/findings/kb/knowledge-base.yaml";
  private static final Path FORMAT_DOC = Path.of("docs/findings-knowledge-base.md");
  private static final Path SOURCES_DOC = Path.of("docs/clinical-safety/knowledge-base-sources.md");
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]*$");
  private static final Set<String> CONCEPT_FIELDS = Set.of("id", "name", "snomed", "category",
      "source", "synonyms", "abbreviations", "exclude", "rules", "historical", "guideline", "site",
      "regional_synonyms");
  private static final Set<String> RULE_FIELDS = Set.of("category", "any", "min_mm", "max_mm", "source");
  private static final Set<String> GUIDELINES = Set.of("fleischner_2017_solid",
      "fleischner_2017_subsolid", "aaa_surveillance", "thyroid_nodule_acr", "adrenal_incidentaloma",
      "renal_mass_bosniak", "pancreatic_cyst_acr", "liver_lesion_acr", "ovarian_cyst_sru");
  private static final Set<String> REQUIRED_SITES = Set.of("lung", "liver", "kidney", "pancreas",
      "adrenal", "thyroid", "breast", "ovary", "uterus", "prostate", "bladder", "brain", "bone",
      "colon", "rectum", "stomach", "oesophagus", "lymph node", "spleen", "testis",
      "skin/soft tissue", "head and neck");
  /** Body regions a non-cancer concept may name besides the cancer sites. */
  private static final Set<String> REGIONS = Set.of("head", "neck", "orbit", "chest", "heart",
      "aorta", "abdomen", "pelvis", "spine", "upper limb", "lower limb");
  /** Synonyms deliberately shared: the phrase names both findings at once. */
  private static final Set<String> PLEURAL_AND_PERICARDIAL =
      Set.of("pleural_effusion", "pericardial_effusion");
  private static final Set<String> HAEMORRHAGIC_INFARCT =
      Set.of("acute_infarct", "intraparenchymal_haemorrhage");
  private static final Map<String, Set<String>> SHARED_SYNONYMS = Map.ofEntries(
      Map.entry("haemopneumothorax", Set.of("pneumothorax", "haemothorax")),
      Map.entry("hemopneumothorax", Set.of("pneumothorax", "haemothorax")),
      Map.entry("pleural or pericardial effusion", PLEURAL_AND_PERICARDIAL),
      Map.entry("pleural or pericardial effusions", PLEURAL_AND_PERICARDIAL),
      Map.entry("pleural and pericardial effusion", PLEURAL_AND_PERICARDIAL),
      Map.entry("pleural and pericardial effusions", PLEURAL_AND_PERICARDIAL),
      Map.entry("haemorrhagic infarct", HAEMORRHAGIC_INFARCT),
      Map.entry("hemorrhagic infarct", HAEMORRHAGIC_INFARCT),
      Map.entry("haemorrhagic infarction", HAEMORRHAGIC_INFARCT),
      Map.entry("hemorrhagic infarction", HAEMORRHAGIC_INFARCT),
      Map.entry("haemorrhagic venous infarct", HAEMORRHAGIC_INFARCT),
      Map.entry("hemorrhagic venous infarct", HAEMORRHAGIC_INFARCT),
      Map.entry("haemorrhagic venous infarction", HAEMORRHAGIC_INFARCT),
      Map.entry("hemorrhagic venous infarction", HAEMORRHAGIC_INFARCT));
  /** CRITICAL concepts whose context words may name a distinct benign variant (below URGENT). */
  private static final Map<String, String> BENIGN_VARIANT_RULES = Map.of(
      "cerebral_herniation", "Chiari I tonsillar ectopia is congenital",
      "intraventricular_haemorrhage", "grade 1 germinal matrix haemorrhage is followed routinely");

  private static Map<String, Object> kb;
  private static List<Map<String, Object>> concepts;

  @BeforeAll
  static void readKnowledgeBase() throws IOException {
    try (InputStream in = KnowledgeBaseContentTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("default knowledge base on the classpath").isNotNull();
      kb = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
    }
    concepts = listOfMaps(kb.get("concepts"));
  }

  @Test
  void carriesACalendarVersionAndOnlyTheTopLevelSectionsItOwns() {
    assertThat(kb.get("version")).isInstanceOf(String.class);
    assertThat((String) kb.get("version")).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
    assertThat(kb.keySet()).containsExactlyInAnyOrder("version", "concepts", "sites");
  }

  @Test
  void coversAtLeastEightyConceptsEachWithNameSynonymAndSource() {
    assertThat(concepts).hasSizeGreaterThanOrEqualTo(80);
    assertThat(offenders(c -> isBlank(c.get("name")) || isBlank(c.get("source"))
        || strings(c.get("synonyms")).isEmpty())).isEmpty();
    assertThat(offenders(c -> !CONCEPT_FIELDS.containsAll(c.keySet()))).isEmpty();
  }

  @Test
  void everyConceptIdIsStableLowerSnakeCaseAndUnique() {
    List<String> ids = concepts.stream().map(c -> String.valueOf(c.get("id"))).toList();
    assertThat(ids).allMatch(id -> ID.matcher(id).matches());
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyIdPromisedByTheFormatDocumentIsPresent() throws IOException {
    Set<String> promised = promisedIds(Files.readAllLines(FORMAT_DOC));
    assertThat(promised).as("ids parsed from the format document").hasSizeGreaterThan(80);
    Set<String> ids = new TreeSet<>(concepts.stream().map(c -> (String) c.get("id")).toList());
    assertThat(ids).containsAll(promised);
  }

  @Test
  void everyConceptIsExplainedInTheSourcesDocumentForTheSafetyOfficer() throws IOException {
    String sources = Files.readString(SOURCES_DOC);
    assertThat(sources).contains("version `" + kb.get("version") + "`");
    assertThat(offenders(c -> !sources.contains("`" + c.get("id") + "`"))).isEmpty();
  }

  @Test
  void categoriesAreAlertCategoriesAndHistoricalPolicyIsExplicit() {
    assertThat(offenders(c -> !isCategory(c.get("category")))).isEmpty();
    assertThat(offenders(c -> !Set.of("suppress", "keep").contains(c.get("historical")))).isEmpty();
  }

  @Test
  void snomedIdsAreQuotedNumericStrings() {
    assertThat(offenders(c -> c.get("snomed") != null
        && !(c.get("snomed") instanceof String s && s.matches("\\d{6,18}")))).isEmpty();
  }

  @Test
  void guidelinesReferToTheAgreedFollowUpGuidelines() {
    assertThat(offenders(c -> c.get("guideline") != null && !GUIDELINES.contains(c.get("guideline"))))
        .isEmpty();
  }

  @Test
  void everyRuleHasACategoryAConditionAndItsSource() {
    assertThat(offenders(c -> listOfMaps(c.get("rules")).stream().anyMatch(r -> !wellFormed(r))))
        .isEmpty();
  }

  @Test
  void contextWordsNeverLowerACriticalFindingBelowUrgentExceptNamedBenignVariants() {
    assertThat(offenders(c -> "CRITICAL".equals(c.get("category"))
        && !BENIGN_VARIANT_RULES.containsKey(c.get("id"))
        && listOfMaps(c.get("rules")).stream().anyMatch(r -> r.get("any") != null
            && !Set.of("CRITICAL", "URGENT").contains(r.get("category"))))).isEmpty();
  }

  @Test
  void synonymsAreWellFormedTokenSequencesWithInteriorGapsOnly() {
    assertThat(offenders(c -> strings(c.get("synonyms")).stream().anyMatch(s -> !wellFormedPhrase(s))))
        .isEmpty();
    assertThat(offenders(c -> strings(c.get("abbreviations")).stream().anyMatch(a -> a.contains(" "))))
        .as("abbreviations are single whole tokens").isEmpty();
  }

  @Test
  void noSynonymOrAbbreviationNamesTwoConceptsUnlessDeliberatelyShared() {
    Map<String, Set<String>> owners = new HashMap<>();
    for (Map<String, Object> c : concepts) {
      for (String s : strings(c.get("synonyms"))) {
        owners.computeIfAbsent(normalise(s), k -> new TreeSet<>()).add((String) c.get("id"));
      }
      for (String a : strings(c.get("abbreviations"))) {
        owners.computeIfAbsent("abbr:" + a, k -> new TreeSet<>()).add((String) c.get("id"));
      }
    }
    owners.values().removeIf(ids -> ids.size() < 2);
    owners.entrySet().removeIf(e -> e.getValue().equals(SHARED_SYNONYMS.get(e.getKey())));
    assertThat(owners).isEmpty();
  }

  @Test
  void everyExcludePhraseContainsOneOfItsConceptsSynonymsOrAbbreviations() {
    assertThat(offenders(c -> strings(c.get("exclude")).stream().anyMatch(e ->
        allSynonyms(c).stream().noneMatch(s -> contains(e, s))
            && strings(c.get("abbreviations")).stream()
                .noneMatch(a -> Arrays.asList(e.split("\\s+")).contains(a))))).isEmpty();
  }

  @Test
  void sitesNameEveryPrimaryCancerSiteAndConceptsNameKnownSites() {
    Map<String, Object> sites = asMap(kb.get("sites"));
    assertThat(sites.keySet()).containsAll(REQUIRED_SITES);
    assertThat(sites.values()).allMatch(words -> !strings(words).isEmpty());
    List<String> words = sites.values().stream().flatMap(w -> strings(w).stream())
        .map(KnowledgeBaseContentTest::normalise).toList();
    assertThat(words).as("a site word names one site").doesNotHaveDuplicates();
    Set<String> allowed = new LinkedHashSet<>(sites.keySet());
    allowed.addAll(REGIONS);
    assertThat(offenders(c -> c.get("site") != null && !allowed.contains(c.get("site")))).isEmpty();
    assertThat(offenders(c -> "CANCER".equals(c.get("category")) && c.get("site") != null
        && !sites.containsKey(c.get("site")))).isEmpty();
  }

  @Test
  void alertTextCodesCarryTheCategoryTheyName() {
    assertThat(offenders(c -> ((String) c.get("id")).startsWith("alert_code_")
        && !((String) c.get("id")).endsWith(((String) c.get("category")).toLowerCase()))).isEmpty();
  }

  // --- helpers ---------------------------------------------------------------------------

  private interface Check {
    boolean fails(Map<String, Object> concept);
  }

  private static List<String> offenders(Check check) {
    return concepts.stream().filter(check::fails).map(c -> String.valueOf(c.get("id"))).toList();
  }

  /** Ids after "Label: " in each paragraph under the "Concept ids" heading of the format doc. */
  static Set<String> promisedIds(List<String> lines) {
    Set<String> ids = new TreeSet<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inSection = line.startsWith("## Concept ids");
        continue;
      }
      String text = inSection && !line.isBlank() && Character.isUpperCase(line.charAt(0))
          ? line.substring(line.indexOf(':') + 1) : line;
      if (inSection && !text.isBlank()) {
        Arrays.stream(text.split(",")).map(t -> t.strip().replaceAll("\\.$", ""))
            .filter(t -> !t.isEmpty()).forEach(t -> assertThat(t).matches(ID).satisfies(ids::add));
      }
    }
    return ids;
  }

  private static boolean wellFormed(Map<String, Object> rule) {
    Object min = rule.get("min_mm");
    Object max = rule.get("max_mm");
    boolean hasCondition = !strings(rule.get("any")).isEmpty() || min != null || max != null;
    boolean numbers = (min == null || min instanceof Number) && (max == null || max instanceof Number);
    boolean ordered = !(min instanceof Number a && max instanceof Number b)
        || a.doubleValue() <= b.doubleValue();
    return RULE_FIELDS.containsAll(rule.keySet()) && isCategory(rule.get("category"))
        && !isBlank(rule.get("source")) && hasCondition && numbers && ordered
        && strings(rule.get("any")).stream().noneMatch(String::isBlank);
  }

  private static boolean wellFormedPhrase(String phrase) {
    List<String> tokens = tokens(phrase);
    return !tokens.isEmpty() && !tokens.get(0).equals("...")
        && !tokens.get(tokens.size() - 1).equals("...") && !phrase.contains("... ...");
  }

  /** True when {@code text} holds {@code pattern}, each "..." standing for 0 to 3 tokens. */
  static boolean contains(String text, String pattern) {
    List<String> t = tokens(text);
    List<String> p = tokens(pattern);
    for (int start = 0; start < t.size(); start++) {
      if (matchesAt(t, start, p, 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(List<String> t, int ti, List<String> p, int pi) {
    if (pi == p.size()) {
      return true;
    }
    if (p.get(pi).equals("...")) {
      for (int skip = 0; skip <= 3 && ti + skip <= t.size(); skip++) {
        if (matchesAt(t, ti + skip, p, pi + 1)) {
          return true;
        }
      }
      return false;
    }
    return ti < t.size() && t.get(ti).equals(p.get(pi)) && matchesAt(t, ti + 1, p, pi + 1);
  }

  private static List<String> tokens(String phrase) {
    return Arrays.stream(phrase.toLowerCase().strip().split("\\s+")).filter(s -> !s.isEmpty())
        .toList();
  }

  private static String normalise(String phrase) {
    return String.join(" ", tokens(phrase));
  }

  private static boolean isCategory(Object value) {
    return value instanceof String s
        && Arrays.stream(AlertCategory.values()).anyMatch(c -> c.name().equals(s));
  }

  private static boolean isBlank(Object value) {
    return !(value instanceof String s) || s.isBlank();
  }

  private static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) value) {
      assertThat(item).as("list item %s", item).isInstanceOf(String.class);
      out.add((String) item);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static List<Map<String, Object>> listOfMaps(Object value) {
    if (value == null) {
      return List.of();
    }
    return ((List<?>) value).stream().map(KnowledgeBaseContentTest::asMap).toList();
  }

  /** The concept's synonyms and its regional synonyms ("effusion" in a chest report). */
  @SuppressWarnings("unchecked")
  private static List<String> allSynonyms(Map<String, Object> c) {
    List<String> all = new java.util.ArrayList<>(strings(c.get("synonyms")));
    Object regional = c.get("regional_synonyms");
    if (regional instanceof Map<?, ?> m) {
      all.addAll(strings(((Map<String, Object>) m).get("synonyms")));
    }
    return all;
  }
}
