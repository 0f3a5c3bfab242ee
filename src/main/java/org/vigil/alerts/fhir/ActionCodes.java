package org.vigil.alerts.fhir;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.vigil.alerts.ActionKind;

/** Clinical actions as codes in Task.output: {@code REFERRAL_MADE} is {@code referral-made}. */
final class ActionCodes {

  private ActionCodes() {}

  static String code(ActionKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<ActionKind> kind(String code) {
    return code == null ? Optional.empty()
        : Arrays.stream(ActionKind.values()).filter(k -> code(k).equals(code.strip())).findFirst();
  }

  static String all() {
    return String.join(", ", Arrays.stream(ActionKind.values()).map(ActionCodes::code).toList());
  }
}
