package org.vigil.findings.followup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body regions named in a follow-up: chest, abdomen, pelvis, head, neck, liver, kidney, adrenal,
 * thyroid, spine, pancreas, aorta, breast... Several regions are joined with "+" in the order the
 * text names them ("chest+abdomen+pelvis").
 */
final class Regions {

  /** A region and the words that name it; package-private for RegionsTest. */
  record Region(String regex, String name) {}

  static final List<Region> REGIONS =
      List.of(
          new Region(
              "(cervical|thoracic|lumbar|lumbosacral|whole|dorsal) spine|spin(e|al)|[clt]-spine",
              "spine"),
          new Region("chest|thora(x|cic)|lungs?|pulmonary|cxr|ctpa", "chest"),
          new Region("abdom\\w*|axr", "abdomen"),
          new Region("pelvi\\w*|adnex\\w*|ovar\\w*|uter\\w*|transvaginal", "pelvis"),
          new Region("head|brain|cranial|intracranial", "head"),
          new Region("thyroid", "thyroid"),
          new Region("neck", "neck"),
          new Region("liver|hepatic", "liver"),
          new Region("kidneys?|renal", "kidney"),
          new Region("adrenals?", "adrenal"),
          new Region("pancrea\\w*|mrcp", "pancreas"),
          new Region("aort\\w*", "aorta"),
          new Region("breasts?|mammo\\w*", "breast"),
          new Region("scrot\\w*|testi\\w*", "scrotum"),
          new Region("heart|cardiac|echocardio\\w*", "heart"),
          new Region("hips?", "hip"),
          new Region("knees?", "knee"),
          new Region("shoulders?", "shoulder"),
          new Region("wrists?|scaphoid", "wrist"),
          new Region("ankles?", "ankle"));

  /**
   * Every region's "\b(words)\b" as one alternative, in the order of {@link #REGIONS}. One
   * scan reads what scanning for each region in turn and keeping the spans not read yet did: a
   * match covers one whole word, or for the spine's first and last alternatives ("thoracic
   * spine", "c-spine") two words, so the spans of different regions only meet at the same start
   * ("thoracic"), where the earlier region wins in both. RegionsTest compares the two readings.
   */
  private static final Pattern ANY = anyOf(REGIONS);

  /** The group of each region in {@link #ANY}. */
  private static final int[] GROUPS = groups(REGIONS);

  private Regions() {}

  /** The regions named in {@code lower} (lower-case text), joined with "+", or null. */
  static String in(String lower) {
    Set<String> names = null;
    Matcher m = ANY.matcher(lower);
    while (m.find()) {
      if (names == null) {
        names = new LinkedHashSet<>();
      }
      names.add(nameOf(m));
    }
    return names == null ? null : String.join("+", names);
  }

  private static String nameOf(Matcher m) {
    for (int i = 0; ; i++) {
      if (m.start(GROUPS[i]) >= 0) {
        return REGIONS.get(i).name();
      }
    }
  }

  private static Pattern anyOf(List<Region> regions) {
    StringBuilder regex = new StringBuilder("\\b(?:");
    for (int i = 0; i < regions.size(); i++) {
      regex.append(i == 0 ? "" : "|").append('(').append(regions.get(i).regex()).append(")\\b");
    }
    return Pattern.compile(regex.append(')').toString());
  }

  private static int[] groups(List<Region> regions) {
    int[] groups = new int[regions.size()];
    int group = 1;
    for (int i = 0; i < regions.size(); i++) {
      groups[i] = group;
      group += 1 + Pattern.compile(regions.get(i).regex()).matcher("").groupCount();
    }
    return groups;
  }
}
