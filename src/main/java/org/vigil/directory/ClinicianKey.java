package org.vigil.directory;

import java.util.Locale;
import java.util.Objects;

/**
 * A clinician's identity in the feeds: the assigning authority (XCN-9, e.g. a GMC or local PAS
 * namespace; "LOCAL" when the feed names none) and the code under it. Both are kept upper case,
 * so "g456" and "G456" are one clinician, as the configuration directory always matched them.
 */
public record ClinicianKey(String authority, String code) {

  public static final String LOCAL = "LOCAL";

  public ClinicianKey {
    Objects.requireNonNull(code, "code");
    code = code.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      throw new IllegalArgumentException("a clinician code is blank");
    }
    authority = authority == null || authority.isBlank() ? LOCAL
        : authority.strip().toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return authority + "/" + code;
  }
}
