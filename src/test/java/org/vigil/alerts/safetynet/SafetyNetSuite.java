package org.vigil.alerts.safetynet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.alerts.ActionKind;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertDesk;
import org.vigil.alerts.AlertState;
import org.vigil.alerts.Channel;
import org.vigil.alerts.Delivery;
import org.vigil.alerts.fhir.ClosedLoopHttpTest;

/**
 * The patient safety net on: an unactioned CRITICAL alert at the end of its chain queues one
 * letter (delivery, history, Communication), never with report text; the fail-safe officer sees
 * it and marks it sent; an actioned alert queues nothing.
 */
abstract class SafetyNetSuite extends ClosedLoopHttpTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  /** Moves time and runs the clockwork until the alert has no further escalation due. */
  Alert escalatedToTheEnd(Alert alert) {
    for (int i = 0; i < 12; i++) {
      clock.advance(Duration.ofHours(4));
      tick();
      Alert now = alerts.find(alert.id()).orElseThrow();
      if (now.state() == AlertState.ESCALATED && now.nextDueAt() == null) {
        return now;
      }
    }
    throw new AssertionError("never reached the end of the chain: " + alerts.history(alert.id()));
  }

  List<Delivery> notices(Alert alert) {
    return deliveries.ofAlert(alert.id()).stream()
        .filter(d -> AlertDesk.PATIENT_NOTICE.equals(d.purpose())).toList();
  }

  @Test
  void anUnactionedCriticalAlertAtTheEndOfItsChainQueuesOneLetterWithoutReportText()
      throws Exception {
    Alert alert = escalatedToTheEnd(criticalAt("RX1-MAIN"));
    clock.advance(Duration.ofHours(4));
    tick();

    assertThat(notices(alert)).singleElement().satisfies(d -> {
      assertThat(d.channel()).isEqualTo(Channel.LETTER);
      assertThat(d.status()).isEqualTo(Delivery.Status.PENDING);
      assertThat(d.attempts()).as("people send it, not the sender").isZero();
      assertThat(d.recipient()).isEqualTo("patient:" + alert.subject().patientId().value());
    });
    assertThat(alerts.history(alert.id())).extracting(t -> t.what())
        .containsOnlyOnce("patient notice queued");
    String wording = jdbc.sql("select wording from safety_net_notice where alert_id = ?")
        .param(alert.id().value()).query(String.class).single();
    assertThat(wording).contains("Test Hospitals NHS Trust").contains("01234 567890")
        .doesNotContain("{").doesNotContain("SECRET-REPORT-TEXT")
        .doesNotContainIgnoringCase("pneumothorax").doesNotContain("CRITICAL");

    Bundle communications = failsafe.search().forResource(Communication.class)
        .where(Communication.PATIENT.hasId("Patient/" + alert.subject().patientId().value()))
        .and(Communication.STATUS.exactly().code("preparation"))
        .returnBundle(Bundle.class).execute();
    assertThat(communications.getEntry()).extracting(e -> ((Communication) e.getResource())
        .getRecipientFirstRep().getReference())
        .contains("Patient/" + alert.subject().patientId().value());
  }

  @Test
  void theFailsafeOfficerSeesTheQueuedLetterAndMarksItSentOnce() throws Exception {
    Alert alert = escalatedToTheEnd(criticalAt("RX1-MAIN"));
    UUID notice = jdbc.sql("select id from safety_net_notice where alert_id = ?")
        .param(alert.id().value()).query(UUID.class).single();

    String page = mvc.perform(get("/alerts/safety-net")
            .with(user("failsafe").roles("FAILSAFE_OFFICER")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains(alert.subject().accessionNumber()).contains("Mark sent")
        .contains("01234 567890").doesNotContain("SECRET-REPORT-TEXT");
    mvc.perform(get("/alerts/safety-net").with(user("referrer").roles("REFERRER")))
        .andExpect(status().isForbidden());

    mvc.perform(post("/alerts/safety-net/" + notice + "/sent").with(csrf())
            .with(user("failsafe").roles("FAILSAFE_OFFICER")))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/alerts/safety-net/" + notice + "/sent").with(csrf())
            .with(user("failsafe").roles("FAILSAFE_OFFICER")))
        .andExpect(status().is3xxRedirection());

    assertThat(notices(alert)).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(Delivery.Status.DELIVERED));
    assertThat(alerts.history(alert.id())).extracting(t -> t.what())
        .containsOnlyOnce("patient notice sent");
    assertThat(alerts.find(alert.id()).orElseThrow().state()).isEqualTo(AlertState.ESCALATED);
  }

  @Test
  void anAlertActionedBeforeTheEndOfItsChainQueuesNoNotice() {
    Alert alert = criticalAt("RX1-MAIN");
    clock.advance(Duration.ofMinutes(30));
    tick();
    desk.recordAction(alert.id(), "referrer", ActionKind.PATIENT_CONTACTED, null);
    clock.advance(Duration.ofDays(3));
    tick();

    assertThat(notices(alert)).isEmpty();
  }
}
