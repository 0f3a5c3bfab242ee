package org.vigil.turnaround.web;

import java.util.List;
import java.util.Locale;
import org.vigil.turnaround.Subspecialties;

/** The filters pages and API accept, checked the same way. */
final class Filters {

  static final List<String> SUBSPECIALTIES = Subspecialties.all();
  static final String INVALID = new String("invalid");

  private Filters() {}

  /** The subspecialty in capitals, null for none, {@link #INVALID} when unknown. */
  static String subspecialty(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    String upper = given.strip().toUpperCase(Locale.ROOT);
    return SUBSPECIALTIES.contains(upper) ? upper : INVALID;
  }

  static boolean isCode(String modality) {
    return modality == null || modality.isBlank() || modality.strip().matches("[A-Za-z0-9]{1,16}");
  }

  static boolean isSite(String site) {
    return site == null || site.length() <= 100;
  }
}
