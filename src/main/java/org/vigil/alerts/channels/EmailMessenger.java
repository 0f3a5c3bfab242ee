package org.vigil.alerts.channels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertsProperties;
import org.vigil.alerts.Channel;
import org.vigil.alerts.Delivery;
import org.vigil.alerts.Messenger;

/**
 * Email over SMTP (spring.mail.*). A message carries the least that lets the right person act:
 * the category, the accession number, the deadline and a link to sign in. Never the report text,
 * never the patient's name (email leaves the hospital's systems and is read on shared screens).
 */
@Component
class EmailMessenger implements Messenger {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

  private final ObjectProvider<JavaMailSender> mail;
  private final AlertsProperties properties;

  EmailMessenger(ObjectProvider<JavaMailSender> mail, AlertsProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void send(Alert alert, Delivery delivery) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("email is on but no SMTP server is configured (spring.mail.host)");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mail().from());
    message.setTo(delivery.recipient());
    message.setSubject(subject(alert, delivery));
    message.setText(body(alert, delivery));
    sender.send(message);
  }

  static String subject(Alert alert, Delivery delivery) {
    String what = switch (delivery.purpose()) {
      case "WITHDRAWAL" -> "alert withdrawn";
      case "CONFIRMATION" -> "please confirm an unflagged finding";
      default -> "result needs acknowledgement";
    };
    return "[Vigil] " + alert.category() + " " + what + " (accession "
        + alert.subject().accessionNumber() + ")";
  }

  String body(Alert alert, Delivery delivery) {
    String link = properties.mail().linkBase() + "/alerts/" + alert.id();
    String lead = switch (delivery.purpose()) {
      case "WITHDRAWAL" -> "The alert below was withdrawn: a later version of the report no "
          + "longer reports the finding. No action is needed for this alert.";
      case "CONFIRMATION" -> "Vigil read a " + alert.category() + " finding in a report you "
          + "issued that carries no alert flag. Please confirm or reject it.";
      default -> "An imaging result needs your acknowledgement"
          + (alert.acknowledgeBy() == null ? "." : " by " + WHEN.format(alert.acknowledgeBy()) + ".");
    };
    return lead + "\n\nCategory: " + alert.category()
        + "\nAccession number: " + alert.subject().accessionNumber()
        + "\n\nSign in to Vigil to see the patient and the report:\n" + link
        + "\n\nThis message holds no clinical detail on purpose. Do not reply to it.\n";
  }
}
