package org.vigil.turnaround;

import java.time.Instant;

/** A page of a list; null filters do not filter. Pages count from 0. */
public record BacklogQuery(BacklogList list, String modality, String site, String subspecialty,
    Instant now, int page, int size) {

  public static final int MAX_SIZE = 500;

  public BacklogQuery {
    if (list == null) {
      throw new IllegalArgumentException("list is required");
    }
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
    }
    modality = blankToNull(modality);
    site = blankToNull(site);
    subspecialty = blankToNull(subspecialty);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
