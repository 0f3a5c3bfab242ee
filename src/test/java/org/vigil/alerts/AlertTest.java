package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.alerts.AlertFixtures.NOON;
import static org.vigil.alerts.AlertFixtures.acknowledgedCritical;
import static org.vigil.alerts.AlertFixtures.flaggedCritical;
import static org.vigil.alerts.AlertFixtures.unflaggedCritical;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;

class AlertTest {

  private static final Instant LATER = NOON.plus(Duration.ofMinutes(30));

  @Test
  void aFlaggedCriticalFindingIsRaisedAndDueForAcknowledgementWithinTheHour() {
    Alert alert = flaggedCritical();

    assertThat(alert.state()).isEqualTo(AlertState.RAISED);
    assertThat(alert.nextDueAt()).isEqualTo(NOON.plus(Duration.ofMinutes(60)));
    assertThat(alert.takeEvents()).singleElement().isInstanceOf(AlertRaised.class);
    assertThat(alert.takeTransitions()).singleElement()
        .satisfies(t -> assertThat(t.to()).isEqualTo(AlertState.RAISED));
  }

  @Test
  void aFindingOnlyVigilReadWaitsForTheRadiologistWithAShortDeadline() {
    Alert alert = unflaggedCritical();

    assertThat(alert.state()).isEqualTo(AlertState.AWAITING_CONFIRMATION);
    assertThat(alert.nextDueAt()).isEqualTo(NOON.plus(Duration.ofMinutes(15)));
    assertThat(alert.takeEvents()).singleElement().isInstanceOf(ConfirmationRequested.class);
  }

  @Test
  void aConfirmedFindingIsRaisedByTheRadiologist() {
    Alert alert = unflaggedCritical();
    alert.takeEvents();

    alert.confirm("dr.radiologist", LATER, LATER.plus(Duration.ofMinutes(60)));

    assertThat(alert.state()).isEqualTo(AlertState.RAISED);
    assertThat(alert.acknowledgeBy()).isEqualTo(LATER.plus(Duration.ofMinutes(60)));
    assertThat(alert.takeEvents()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("AlertConfirmed", "AlertRaised");
  }

  @Test
  void anUnansweredCriticalRequestBecomesAnAlertAtItsDeadline() {
    Alert alert = unflaggedCritical();

    alert.confirmationLapsed(NOON.plus(Duration.ofMinutes(15)), NOON.plus(Duration.ofMinutes(75)));

    assertThat(alert.state()).isEqualTo(AlertState.RAISED);
    assertThat(alert.takeEvents()).filteredOn(AlertConfirmed.class::isInstance)
        .singleElement().satisfies(e -> assertThat(((AlertConfirmed) e).lapsed()).isTrue());
  }

  @Test
  void aRejectionKeepsItsReasonAndEndsTheRequest() {
    Alert alert = unflaggedCritical();

    alert.reject("dr.radiologist", LATER, "old, known and stable");

    assertThat(alert.state()).isEqualTo(AlertState.REJECTED);
    assertThat(alert.endReason()).isEqualTo("old, known and stable");
    assertThat(alert.nextDueAt()).isNull();
  }

  @Test
  void aRejectionWithoutAReasonIsRefused() {
    Alert alert = unflaggedCritical();

    assertThatThrownBy(() -> alert.reject("dr.radiologist", LATER, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(alert.state()).isEqualTo(AlertState.AWAITING_CONFIRMATION);
  }

  @Test
  void anUnconfirmedFindingCannotBeAcknowledgedByAReferrer() {
    Alert alert = unflaggedCritical();

    assertThatThrownBy(() -> alert.acknowledge(Acknowledgement.inApp("dr.referrer", LATER), LATER))
        .isInstanceOf(IllegalAlertTransition.class);
  }

  @Test
  void aReassignedAlertStartsAgainWithItsNewOwnerAndANewDeadline() {
    Alert alert = flaggedCritical();
    alert.escalate(NOON.plus(Duration.ofMinutes(61)), "not acknowledged", LATER.plusSeconds(3600));
    alert.takeEvents();

    alert.reassign("team:Respiratory", "failsafe", LATER, "requester on leave",
        LATER.plus(Duration.ofMinutes(60)));

    assertThat(alert.state()).isEqualTo(AlertState.RAISED);
    assertThat(alert.assignee()).isEqualTo("team:Respiratory");
    assertThat(alert.escalationLevel()).isZero();
    assertThat(alert.acknowledgeBy()).isEqualTo(LATER.plus(Duration.ofMinutes(60)));
    assertThat(alert.nextDueAt()).isEqualTo(LATER.plus(Duration.ofMinutes(60)));
    assertThat(alert.takeEvents()).singleElement().isInstanceOf(AlertReassigned.class);
  }

  @Test
  void anAcknowledgedAlertIsTheAcknowledgersAndCannotBeReassigned() {
    Alert alert = acknowledgedCritical();

    assertThatThrownBy(() -> alert.reassign("team:Respiratory", "failsafe", LATER, "why",
        LATER.plusSeconds(60))).isInstanceOf(IllegalAlertTransition.class);
  }

  @Test
  void aReassignmentNamesWhoTakesItAndWhy() {
    Alert alert = flaggedCritical();

    assertThatThrownBy(() -> alert.reassign("user:dr.shah", "failsafe", LATER, " ",
        LATER.plusSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> alert.reassign(" ", "failsafe", LATER, "on leave",
        LATER.plusSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    assertThat(alert.state()).isEqualTo(AlertState.RAISED);
    assertThat(alert.assignee()).isNull();
  }

  @Test
  void deliveryThenViewingThenAcknowledgementMoveThroughTheirStates() {
    Alert alert = flaggedCritical();

    alert.notified("email", "dr.referrer@nhs.net", NOON.plusSeconds(5));
    assertThat(alert.state()).isEqualTo(AlertState.NOTIFIED);
    alert.viewed("dr.referrer", NOON.plusSeconds(60));
    assertThat(alert.state()).isEqualTo(AlertState.VIEWED);
    alert.acknowledge(Acknowledgement.inApp("dr.referrer", NOON.plusSeconds(120)),
        NOON.plus(Duration.ofHours(4)));

    assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(alert.acknowledgement().by()).isEqualTo("dr.referrer");
    assertThat(alert.nextDueAt()).isEqualTo(NOON.plus(Duration.ofHours(4)));
  }

  @Test
  void acknowledgedIsNotActionedTheActionHasItsOwnDeadline() {
    Alert alert = acknowledgedCritical();

    assertThat(alert.awaitsAction()).isTrue();
    assertThat(alert.actionBy()).isEqualTo(NOON.plus(Duration.ofHours(4)));
    assertThat(alert.isDue(NOON.plus(Duration.ofHours(4)))).isTrue();
  }

  @Test
  void aVerbalAcknowledgementOfACriticalResultRecordsItsReadBack() {
    Alert alert = flaggedCritical();

    alert.acknowledge(new Acknowledgement("dr.oncall", LATER, AcknowledgementMethod.PHONE,
        ReadBack.CONFIRMED), LATER.plus(Duration.ofHours(4)));

    assertThat(alert.acknowledgement().readBack()).isEqualTo(ReadBack.CONFIRMED);
  }

  @Test
  void aPhoneAcknowledgementWithoutReadBackOutcomeIsRefused() {
    assertThatThrownBy(() -> new Acknowledgement("dr.oncall", LATER, AcknowledgementMethod.PHONE,
        ReadBack.NOT_VERBAL)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Acknowledgement("dr.oncall", LATER, AcknowledgementMethod.PHONE,
        ReadBack.UNABLE_TO_REACH)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCallThatReachesNobodyIsKeptAndTheAlertStillAwaitsAcknowledgement() {
    Alert alert = flaggedCritical();
    alert.takeTransitions();

    alert.verbalCommunicationFailed("dr.radiologist", LATER, "bleep 1234 not answered");

    assertThat(alert.awaitsAcknowledgement()).isTrue();
    assertThat(alert.takeTransitions()).singleElement()
        .satisfies(t -> assertThat(t.what()).isEqualTo("unable to reach"));
  }

  @Test
  void noActionNeededRequiresAClinicalReason() {
    Alert alert = acknowledgedCritical();

    assertThatThrownBy(() -> alert.recordAction(
        new ClinicalAction(ActionKind.NO_ACTION_NEEDED, "", "dr.referrer", LATER)))
        .isInstanceOf(IllegalArgumentException.class);
    alert.recordAction(new ClinicalAction(ActionKind.NO_ACTION_NEEDED,
        "known pneumothorax, drain in situ", "dr.referrer", LATER));

    assertThat(alert.state()).isEqualTo(AlertState.ACTIONED);
    assertThat(alert.nextDueAt()).isNull();
  }

  @Test
  void anActionCannotBeRecordedBeforeSomeoneTookResponsibility() {
    Alert alert = flaggedCritical();

    assertThatThrownBy(() -> alert.recordAction(
        new ClinicalAction(ActionKind.REFERRAL_MADE, null, "dr.referrer", LATER)))
        .isInstanceOf(IllegalAlertTransition.class);
  }

  @Test
  void onlyAnActionedAlertCanBeClosed() {
    Alert raised = flaggedCritical();
    assertThatThrownBy(() -> raised.close("failsafe", LATER))
        .isInstanceOf(IllegalAlertTransition.class);

    Alert alert = acknowledgedCritical();
    alert.recordAction(new ClinicalAction(ActionKind.PATIENT_RECALLED, null, "dr.referrer", LATER));
    alert.close("dr.referrer", LATER);

    assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
    assertThat(alert.state().isOpen()).isFalse();
  }

  @Test
  void anUnacknowledgedAlertEscalatesLevelByLevelAndCanStillBeAcknowledged() {
    Alert alert = flaggedCritical();
    Instant due = alert.nextDueAt();

    alert.escalate(due, "not acknowledged in 60 min", due.plus(Duration.ofMinutes(15)));
    alert.escalate(due.plus(Duration.ofMinutes(15)), "not acknowledged", null);

    assertThat(alert.state()).isEqualTo(AlertState.ESCALATED);
    assertThat(alert.escalationLevel()).isEqualTo(2);
    assertThat(alert.nextDueAt()).isNull();
    alert.acknowledge(Acknowledgement.inApp("dr.consultant", due.plus(Duration.ofMinutes(20))),
        due.plus(Duration.ofHours(4)));
    assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(alert.escalationLevel()).isEqualTo(2);
  }

  @Test
  void anAcknowledgedAlertNotActionedInTimeEscalatesAndCanThenBeActioned() {
    Alert alert = acknowledgedCritical();

    alert.escalate(NOON.plus(Duration.ofHours(4)), "not actioned in 4 h", null);
    alert.recordAction(new ClinicalAction(ActionKind.FOLLOW_UP_BOOKED, null, "dr.referrer",
        NOON.plus(Duration.ofHours(5))));

    assertThat(alert.state()).isEqualTo(AlertState.ACTIONED);
  }

  @Test
  void aWithdrawnAlertCannotBeAcknowledgedOrEscalated() {
    Alert alert = flaggedCritical();
    alert.withdraw(LATER, "addendum: no pneumothorax");

    assertThat(alert.state()).isEqualTo(AlertState.WITHDRAWN);
    assertThatThrownBy(() -> alert.acknowledge(Acknowledgement.inApp("dr.referrer", LATER), LATER))
        .isInstanceOf(IllegalAlertTransition.class);
    assertThatThrownBy(() -> alert.escalate(LATER, "late", null))
        .isInstanceOf(IllegalAlertTransition.class);
    assertThatThrownBy(() -> alert.withdraw(LATER, "again"))
        .isInstanceOf(IllegalAlertTransition.class);
  }

  @Test
  void aMoreUrgentCategoryStartsTheAlertAgainAndNeedsANewAcknowledgement() {
    Alert alert = Alert.raise(AlertFixtures.chestXray(), AlertCategory.SIGNIFICANT,
        AlertSource.RADIOLOGIST, NOON, NOON.plus(Duration.ofDays(15)));
    alert.acknowledge(Acknowledgement.inApp("dr.referrer", LATER), LATER.plus(Duration.ofDays(30)));

    alert.upgrade(AlertCategory.CRITICAL, LATER, LATER.plus(Duration.ofMinutes(60)));

    assertThat(alert.category()).isEqualTo(AlertCategory.CRITICAL);
    assertThat(alert.state()).isEqualTo(AlertState.RAISED);
    assertThat(alert.acknowledgement()).isNull();
    assertThat(alert.nextDueAt()).isEqualTo(LATER.plus(Duration.ofMinutes(60)));
  }

  @Test
  void aLessUrgentCategoryIsNotAnUpgrade() {
    Alert alert = flaggedCritical();

    assertThatThrownBy(() -> alert.upgrade(AlertCategory.URGENT, LATER, LATER))
        .isInstanceOf(IllegalAlertTransition.class);
  }

  @Test
  void everyTransitionIsKeptWithWhoWhenAndFromWhichState() {
    Alert alert = flaggedCritical();
    alert.notified("in-app", "dr.referrer", NOON.plusSeconds(1));
    alert.acknowledge(Acknowledgement.inApp("dr.referrer", LATER), LATER.plusSeconds(3600));

    assertThat(alert.takeTransitions())
        .extracting(Transition::what, Transition::from, Transition::to, Transition::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("raised", null, AlertState.RAISED, "vigil"),
            org.assertj.core.groups.Tuple.tuple("delivered", AlertState.RAISED, AlertState.NOTIFIED,
                "vigil"),
            org.assertj.core.groups.Tuple.tuple("acknowledged", AlertState.NOTIFIED,
                AlertState.ACKNOWLEDGED, "dr.referrer"));
  }
}
