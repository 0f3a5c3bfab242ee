package org.vigil.alerts.channels;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertsProperties;
import org.vigil.alerts.Channel;
import org.vigil.alerts.Delivery;
import org.vigil.alerts.Messenger;

/**
 * A JSON POST to the configured webhook (pagers, SMS gateways, messaging bridges), signed with
 * HMAC-SHA256 so the receiver can tell it came from Vigil. Like email it carries no report text
 * and no patient name. {@code X-Vigil-Delivery} lets the receiver drop a repeat (sending is at
 * least once). Anything but a 2xx answer is a failed attempt (retried, then escalated).
 */
@Component
class WebhookMessenger implements Messenger {

  static final String SIGNATURE = "X-Vigil-Signature";

  private final AlertsProperties properties;
  private final ObjectMapper json;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  WebhookMessenger(AlertsProperties properties, ObjectMapper json, Clock clock) {
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public void send(Alert alert, Delivery delivery) throws Exception {
    AlertsProperties.Webhook hook = properties.webhook();
    if (!hook.enabled()) {
      throw new IllegalStateException("the webhook is off (vigil.alerts.webhook.enabled)");
    }
    byte[] body = json.writeValueAsBytes(payload(alert, delivery));
    HttpRequest request = HttpRequest.newBuilder(hook.url())
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header(SIGNATURE, "sha256=" + sign(hook.secret(), body))
        .header("X-Vigil-Delivery", delivery.id().toString())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("webhook answered " + response.statusCode());
    }
  }

  private Map<String, Object> payload(Alert alert, Delivery delivery) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("delivery", delivery.id().toString());
    p.put("alert", alert.id().toString());
    p.put("purpose", delivery.purpose());
    p.put("category", alert.category().name());
    p.put("state", alert.state().name());
    p.put("accessionNumber", alert.subject().accessionNumber());
    p.put("escalationLevel", delivery.level());
    p.put("recipient", delivery.recipient());
    p.put("acknowledgeBy", alert.acknowledgeBy() == null ? null : alert.acknowledgeBy().toString());
    p.put("link", properties.mail().linkBase() + "/alerts/" + alert.id());
    p.put("sentAt", clock.instant().toString());
    return p;
  }

  static String sign(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
