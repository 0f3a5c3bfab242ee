package org.vigil.findings.followup;

import java.util.ArrayList;
import java.util.Comparator;
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

  private record Region(Pattern pattern, String name) {}

  private static final List<Region> REGIONS =
      List.of(
          region(
              "(cervical|thoracic|lumbar|lumbosacral|whole|dorsal) spine|spin(e|al)|[clt]-spine",
              "spine"),
          region("chest|thora(x|cic)|lungs?|pulmonary|cxr|ctpa", "chest"),
          region("abdom\\w*|axr", "abdomen"),
          region("pelvi\\w*|adnex\\w*|ovar\\w*|uter\\w*|transvaginal", "pelvis"),
          region("head|brain|cranial|intracranial", "head"),
          region("thyroid", "thyroid"),
          region("neck", "neck"),
          region("liver|hepatic", "liver"),
          region("kidneys?|renal", "kidney"),
          region("adrenals?", "adrenal"),
          region("pancrea\\w*|mrcp", "pancreas"),
          region("aort\\w*", "aorta"),
          region("breasts?|mammo\\w*", "breast"),
          region("scrot\\w*|testi\\w*", "scrotum"),
          region("heart|cardiac|echocardio\\w*", "heart"),
          region("hips?", "hip"),
          region("knees?", "knee"),
          region("shoulders?", "shoulder"),
          region("wrists?|scaphoid", "wrist"),
          region("ankles?", "ankle"));

  private Regions() {}

  private record Found(int at, int end, String name) {}

  /** The regions named in {@code lower} (lower-case text), joined with "+", or null. */
  static String in(String lower) {
    List<Found> found = new ArrayList<>();
    for (Region region : REGIONS) {
      Matcher m = region.pattern().matcher(lower);
      while (m.find()) {
        if (free(found, m.start(), m.end())) {
          found.add(new Found(m.start(), m.end(), region.name()));
        }
      }
    }
    Set<String> names = new LinkedHashSet<>();
    found.stream().sorted(Comparator.comparingInt(Found::at)).forEach(f -> names.add(f.name()));
    return names.isEmpty() ? null : String.join("+", names);
  }

  /** A span already read as a more specific region ("thoracic spine") is not read again. */
  private static boolean free(List<Found> found, int start, int end) {
    return found.stream().noneMatch(f -> start < f.end() && end > f.at());
  }

  private static Region region(String regex, String name) {
    return new Region(Pattern.compile("\\b(" + regex + ")\\b"), name);
  }
}
