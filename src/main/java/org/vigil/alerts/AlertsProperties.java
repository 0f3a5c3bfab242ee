package org.vigil.alerts;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.vigil.findings.AlertCategory;

/**
 * The trust's alert policy ({@code vigil.alerts.*}). Checked when bound: a policy that cannot
 * work stops start-up with a message naming the entry. Categories left out take the defaults of
 * {@link CategoryPolicy#defaultFor}; a site may override any category.
 *
 * @param escalationChain who is told, in order; the first level that names somebody is told
 *     first, and the fail-safe office is always in the chain
 * @param sweepInterval how often this node looks for due deadlines and deliveries
 * @param workingHours the trust's working days, hours and bank holidays (categories that wait
 *     for working time use them)
 */
@ConfigurationProperties("vigil.alerts")
public record AlertsProperties(Map<AlertCategory, CategoryPolicy> categories,
    Map<String, Map<AlertCategory, CategoryPolicy>> sites, List<EscalationLevel> escalationChain,
    Directory directory, Duration sweepInterval, Mail mail, Retries retries, Webhook webhook,
    WorkingHours workingHours) {

  /** Email: off unless {@code spring.mail.host} is set and this is on. */
  public record Mail(boolean enabled, String from, String linkBase) {}

  /**
   * A JSON POST per delivery to a pager, SMS gateway or messaging bridge, signed with
   * HMAC-SHA256 of the body in the header {@code X-Vigil-Signature: sha256=<hex>}.
   */
  public record Webhook(boolean enabled, java.net.URI url, String secret) {}

  /** Delivery retries: the first after {@code firstDelay}, each later one twice as long. */
  public record Retries(Integer maxAttempts, Duration firstDelay) {}

  public AlertsProperties {
    categories = complete(categories, "vigil.alerts.categories");
    Map<String, Map<AlertCategory, CategoryPolicy>> bySite = new LinkedHashMap<>();
    if (sites != null) {
      Map<AlertCategory, CategoryPolicy> trust = categories;
      sites.forEach((site, policies) -> bySite.put(site,
          overlay(policies, trust, "vigil.alerts.sites." + site)));
    }
    sites = java.util.Collections.unmodifiableMap(bySite);
    escalationChain = escalationChain == null || escalationChain.isEmpty()
        ? List.of(EscalationLevel.values()) : List.copyOf(escalationChain);
    if (!escalationChain.contains(EscalationLevel.FAILSAFE_OFFICER)) {
      throw new IllegalArgumentException("vigil.alerts.escalation-chain must include "
          + "FAILSAFE_OFFICER: an alert nobody else can take must still reach someone");
    }
    if (escalationChain.stream().distinct().count() != escalationChain.size()) {
      throw new IllegalArgumentException("vigil.alerts.escalation-chain names a level twice: "
          + escalationChain);
    }
    directory = directory == null ? new Directory(null, null, null, null) : directory;
    sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
    mail = mail == null ? new Mail(false, "vigil@localhost", "http://localhost:8080") : mail;
    retries = new Retries(
        retries == null || retries.maxAttempts() == null ? 5 : retries.maxAttempts(),
        retries == null || retries.firstDelay() == null ? Duration.ofMinutes(1) : retries.firstDelay());
    webhook = webhook == null ? new Webhook(false, null, null) : webhook;
    workingHours = workingHours == null ? WorkingHours.DEFAULT : workingHours;
    if (webhook.enabled() && webhook.url() == null) {
      throw new IllegalArgumentException("vigil.alerts.webhook.url is required when the webhook is on");
    }
    if (webhook.enabled() && (webhook.secret() == null || webhook.secret().length() < 16)) {
      throw new IllegalArgumentException(
          "vigil.alerts.webhook.secret must be at least 16 characters when the webhook is on");
    }
    if (retries.maxAttempts() < 1) {
      throw new IllegalArgumentException("vigil.alerts.retries.max-attempts must be at least 1");
    }
  }

  private static Map<AlertCategory, CategoryPolicy> complete(
      Map<AlertCategory, CategoryPolicy> given, String prefix) {
    Map<AlertCategory, CategoryPolicy> defaults = new EnumMap<>(AlertCategory.class);
    for (AlertCategory c : AlertCategory.values()) {
      if (c != AlertCategory.NONE) {
        defaults.put(c, CategoryPolicy.defaultFor(c));
      }
    }
    return overlay(given, defaults, prefix);
  }

  private static Map<AlertCategory, CategoryPolicy> overlay(
      Map<AlertCategory, CategoryPolicy> given, Map<AlertCategory, CategoryPolicy> under,
      String prefix) {
    if (given != null && given.containsKey(AlertCategory.NONE)) {
      throw new IllegalArgumentException(prefix + ".NONE: NONE is not an alert category");
    }
    Map<AlertCategory, CategoryPolicy> result = new EnumMap<>(AlertCategory.class);
    under.forEach((category, base) -> {
      CategoryPolicy own = given == null ? null : given.get(category);
      CategoryPolicy effective = own == null ? base : own.over(base);
      effective.check(prefix + "." + category);
      result.put(category, effective);
    });
    return java.util.Collections.unmodifiableMap(result);
  }
}
