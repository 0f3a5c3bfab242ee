package org.vigil.web.security;

import java.util.Arrays;

/** What a person does in Vigil; Spring sees each as the authority {@code ROLE_<name>}. */
public enum Role {
  REFERRER,
  RADIOLOGIST,
  FAILSAFE_OFFICER,
  MANAGER,
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }

  /** Every role's name, for "any Vigil role may read" rules. */
  static String[] allNames() {
    return Arrays.stream(values()).map(Role::name).toArray(String[]::new);
  }
}
