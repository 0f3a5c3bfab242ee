package org.vigil.alerts.digest;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vigil.alerts.AlertsProperties;

/**
 * Who may get a digest: the directory's clinicians linked to a Vigil user and an email address
 * (the one place this package reads the directory).
 */
@Component
class DigestRecipients {

  private final AlertsProperties properties;

  DigestRecipients(AlertsProperties properties) {
    this.properties = properties;
  }

  List<DigestRecipient> all() {
    return properties.directory().clinicians().stream()
        .filter(c -> c.user() != null && !c.user().isBlank() && c.email() != null
            && !c.email().isBlank())
        .map(c -> new DigestRecipient(c.user(), c.email()))
        .distinct().toList();
  }
}
