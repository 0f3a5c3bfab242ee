package org.vigil.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.findings.AlertCategory;

/**
 * One important finding on one examination, followed until a clinician has acted on it. The
 * aggregate owns its lifecycle and refuses any step its state does not allow; each step it takes
 * is kept as a {@link Transition} and announced as an {@link AlertEvent}. Deadlines come from
 * the policy (computed by the caller); the alert only keeps them and the next one that is due.
 */
public class Alert {

  static final String SYSTEM = "vigil";
  private static final Set<AlertState> AWAITING_ACK =
      EnumSet.of(AlertState.RAISED, AlertState.NOTIFIED, AlertState.VIEWED);

  private final AlertId id;
  private AlertSubject subject;
  private AlertCategory category;
  private final AlertSource source;
  private AlertState state;
  private int escalationLevel;
  private final Instant createdAt;
  private Instant acknowledgeBy;
  private Instant actionBy;
  private Instant nextDueAt;
  private Acknowledgement acknowledgement;
  private ClinicalAction action;
  private String endReason;
  private String assignee;
  private final long version;
  private final List<Transition> transitions = new ArrayList<>();
  private final List<AlertEvent> events = new ArrayList<>();

  private Alert(AlertId id, AlertSubject subject, AlertCategory category, AlertSource source,
      AlertState state, Instant createdAt, long version) {
    if (category == AlertCategory.NONE) {
      throw new IllegalArgumentException("an alert needs a category");
    }
    this.id = Objects.requireNonNull(id);
    this.subject = Objects.requireNonNull(subject);
    this.category = Objects.requireNonNull(category);
    this.source = Objects.requireNonNull(source);
    this.state = Objects.requireNonNull(state);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.version = version;
  }

  /** A finding that goes to clinicians now (flagged, or a category that needs no confirmation). */
  static Alert raise(AlertSubject subject, AlertCategory category, AlertSource source, Instant at,
      Instant acknowledgeBy) {
    Alert alert = new Alert(AlertId.next(), subject, category, source, AlertState.RAISED, at, 0);
    alert.acknowledgeBy = acknowledgeBy;
    alert.nextDueAt = acknowledgeBy;
    alert.record(at, SYSTEM, "raised", null, category + " from " + source);
    alert.events.add(new AlertRaised(alert.id, subject.accessionNumber(), category, source,
        acknowledgeBy, at));
    return alert;
  }

  /** A finding only Vigil read: the reporting radiologist confirms it first. */
  static Alert awaitConfirmation(AlertSubject subject, AlertCategory category, Instant at,
      Instant confirmBy) {
    Alert alert = new Alert(AlertId.next(), subject, category, AlertSource.FINDINGS_ENGINE,
        AlertState.AWAITING_CONFIRMATION, at, 0);
    alert.nextDueAt = confirmBy;
    alert.record(at, SYSTEM, "confirmation requested", null,
        category + ", from " + subject.radiologist());
    alert.events.add(new ConfirmationRequested(alert.id, subject.accessionNumber(), category,
        subject.radiologist(), confirmBy, at));
    return alert;
  }

  /** An alert as stored. */
  static Alert restore(StoredAlert s) {
    Alert alert = new Alert(s.id(), s.subject(), s.category(), s.source(), s.state(),
        s.createdAt(), s.version());
    alert.escalationLevel = s.escalationLevel();
    alert.acknowledgeBy = s.acknowledgeBy();
    alert.actionBy = s.actionBy();
    alert.nextDueAt = s.nextDueAt();
    alert.acknowledgement = s.acknowledgement();
    alert.action = s.action();
    alert.endReason = s.endReason();
    alert.assignee = s.assignee();
    return alert;
  }

  void confirm(String by, Instant at, Instant acknowledgeBy) {
    require("confirm", state == AlertState.AWAITING_CONFIRMATION);
    toRaised(by, at, acknowledgeBy, false);
  }

  /** Nobody answered the confirmation request in time: the alert goes out all the same. */
  void confirmationLapsed(Instant at, Instant acknowledgeBy) {
    require("raise an unanswered request", state == AlertState.AWAITING_CONFIRMATION);
    toRaised(SYSTEM, at, acknowledgeBy, true);
  }

  private void toRaised(String by, Instant at, Instant acknowledgeBy, boolean lapsed) {
    move(AlertState.RAISED, at, by, lapsed ? "confirmation lapsed" : "confirmed", null);
    this.acknowledgeBy = acknowledgeBy;
    this.nextDueAt = acknowledgeBy;
    events.add(new AlertConfirmed(id, by, lapsed, at));
    events.add(new AlertRaised(id, subject.accessionNumber(), category, source, acknowledgeBy, at));
  }

  void reject(String by, Instant at, String reason) {
    require("reject", state == AlertState.AWAITING_CONFIRMATION);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a rejection gives its reason");
    }
    end(AlertState.REJECTED, at, by, "rejected", reason);
    events.add(new AlertRejected(id, by, reason, at));
  }

  void notified(String channel, String recipient, Instant at) {
    require("notify", state.isOpen() && state != AlertState.AWAITING_CONFIRMATION);
    AlertState to = state == AlertState.RAISED ? AlertState.NOTIFIED : state;
    move(to, at, SYSTEM, "delivered", channel + " to " + recipient);
    events.add(new AlertNotified(id, channel, recipient, at));
  }

  /** The first time a recipient opens a raised or notified alert; later views change nothing. */
  void viewed(String by, Instant at) {
    if (state == AlertState.RAISED || state == AlertState.NOTIFIED) {
      move(AlertState.VIEWED, at, by, "viewed", null);
      events.add(new AlertViewed(id, by, at));
    }
  }

  void acknowledge(Acknowledgement ack, Instant actionBy) {
    require("acknowledge", awaitsAcknowledgement());
    move(AlertState.ACKNOWLEDGED, ack.at(), ack.by(), "acknowledged",
        ack.method() + ", read-back " + ack.readBack());
    this.acknowledgement = ack;
    this.actionBy = actionBy;
    this.nextDueAt = actionBy;
    events.add(new AlertAcknowledged(id, ack, actionBy, ack.at()));
  }

  /** A phone call or visit that reached nobody: kept, and the alert stays where it is. */
  void verbalCommunicationFailed(String by, Instant at, String note) {
    require("record a failed call", awaitsAcknowledgement());
    move(state, at, by, "unable to reach", note);
    events.add(new VerbalCommunicationFailed(id, by, note, at));
  }

  void recordAction(ClinicalAction done) {
    require("record an action", acknowledgement != null
        && (state == AlertState.ACKNOWLEDGED || state == AlertState.ESCALATED));
    move(AlertState.ACTIONED, done.at(), done.by(), "actioned",
        done.kind() + (done.reason() == null ? "" : ": " + done.reason()));
    this.action = done;
    this.nextDueAt = null;
    events.add(new AlertActioned(id, done, done.at()));
  }

  void close(String by, Instant at) {
    require("close", state == AlertState.ACTIONED);
    end(AlertState.CLOSED, at, by, "closed", null);
    events.add(new AlertClosed(id, by, at));
  }

  /**
   * A deadline passed without acknowledgement (or, once acknowledged, without action): the next
   * level of the chain is told. {@code nextDue} is when to escalate again (null: end of chain).
   */
  void escalate(Instant at, String reason, Instant nextDue) {
    require("escalate", awaitsAcknowledgement() || awaitsAction());
    escalationLevel++;
    move(AlertState.ESCALATED, at, SYSTEM, "escalated", "level " + escalationLevel + ": " + reason);
    this.nextDueAt = nextDue;
    events.add(new AlertEscalated(id, escalationLevel, reason, at));
  }

  void withdraw(Instant at, String reason) {
    require("withdraw", state.isOpen());
    end(AlertState.WITHDRAWN, at, SYSTEM, "withdrawn", reason);
    events.add(new AlertWithdrawn(id, reason, at));
  }

  /**
   * A later report version reads a more urgent category: the alert starts again at it (a new
   * acknowledgement is needed; the earlier one stays in the history).
   */
  void upgrade(AlertCategory to, Instant at, Instant newDue) {
    require("upgrade", state.isOpen() && state != AlertState.ACTIONED && to.outranks(category));
    AlertCategory from = category;
    category = to;
    AlertState next = state == AlertState.AWAITING_CONFIRMATION ? state : AlertState.RAISED;
    move(next, at, SYSTEM, "upgraded", from + " to " + to);
    acknowledgement = null;
    actionBy = null;
    escalationLevel = 0;
    if (next == AlertState.RAISED) {
      acknowledgeBy = newDue;
    }
    nextDueAt = newDue;
    events.add(new AlertUpgraded(id, from, to, at));
  }

  /**
   * The fail-safe office hands an alert nobody has taken to another clinician or team ({@code
   * to}: their inbox, e.g. the requester has left or the wrong team was named). They are told
   * now and have a new acknowledgement window; if they do not acknowledge, escalation goes on
   * from them to the fail-safe office. Once acknowledged, an alert is the acknowledger's.
   */
  void reassign(String to, String by, Instant at, String reason, Instant acknowledgeBy) {
    require("reassign", awaitsAcknowledgement());
    if (to == null || to.isBlank()) {
      throw new IllegalArgumentException("a reassignment names who takes the alert");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a reassignment gives its reason");
    }
    if (to.equals(assignee)) {
      throw new IllegalArgumentException("the alert is already assigned to " + to);
    }
    assignee = to;
    escalationLevel = 0;
    move(AlertState.RAISED, at, by, "reassigned", "to " + to + ": " + reason);
    this.acknowledgeBy = acknowledgeBy;
    this.nextDueAt = acknowledgeBy;
    events.add(new AlertReassigned(id, to, by, reason, at));
  }

  /** A newer version of the report now carries this alert (its text is what clinicians read). */
  void seenIn(AlertSubject newer) {
    this.subject = newer;
  }

  public boolean awaitsAcknowledgement() {
    return AWAITING_ACK.contains(state) || (state == AlertState.ESCALATED && acknowledgement == null);
  }

  public boolean awaitsAction() {
    return acknowledgement != null
        && (state == AlertState.ACKNOWLEDGED || state == AlertState.ESCALATED);
  }

  public boolean isDue(Instant now) {
    return nextDueAt != null && !nextDueAt.isAfter(now);
  }

  private void require(String step, boolean allowed) {
    if (!allowed) {
      throw new IllegalAlertTransition(id, state, step);
    }
  }

  private void end(AlertState to, Instant at, String by, String what, String reason) {
    move(to, at, by, what, reason);
    this.endReason = reason;
    this.nextDueAt = null;
  }

  private void move(AlertState to, Instant at, String by, String what, String detail) {
    transitions.add(new Transition(at, by, what, state, to, detail));
    state = to;
  }

  /** The first history row: the alert came into being in its current state. */
  private void record(Instant at, String by, String what, AlertState from, String detail) {
    transitions.add(new Transition(at, by, what, from, state, detail));
  }

  /** The transitions taken since loading, then forgotten (the repository stores them once). */
  List<Transition> takeTransitions() {
    List<Transition> taken = List.copyOf(transitions);
    transitions.clear();
    return taken;
  }

  List<AlertEvent> takeEvents() {
    List<AlertEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  public AlertId id() { return id; }
  public AlertSubject subject() { return subject; }
  public AlertCategory category() { return category; }
  public AlertSource source() { return source; }
  public AlertState state() { return state; }
  public int escalationLevel() { return escalationLevel; }
  public Instant createdAt() { return createdAt; }
  public Instant acknowledgeBy() { return acknowledgeBy; }
  public Instant actionBy() { return actionBy; }
  public Instant nextDueAt() { return nextDueAt; }
  public Acknowledgement acknowledgement() { return acknowledgement; }
  public ClinicalAction action() { return action; }
  public String endReason() { return endReason; }
  /** Who the fail-safe office handed the alert to (an inbox), or null. */
  public String assignee() { return assignee; }
  long version() { return version; }
}
