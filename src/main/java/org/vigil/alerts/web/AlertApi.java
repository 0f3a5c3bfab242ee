package org.vigil.alerts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.alerts.AcknowledgementMethod;
import org.vigil.alerts.ActionKind;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertAccess;
import org.vigil.alerts.AlertDesk;
import org.vigil.alerts.AlertId;
import org.vigil.alerts.AlertQuery;
import org.vigil.alerts.AlertState;
import org.vigil.alerts.Alerts;
import org.vigil.alerts.Deliveries;
import org.vigil.alerts.ReadBack;
import org.vigil.alerts.Viewer;
import org.vigil.findings.AlertCategory;
import org.vigil.record.PatientId;

/** Alerts for dashboards and other systems: list, read with history, and act. */
@RestController
@RequestMapping("/api/alerts")
@Tag(name = "Alerts", description = "The closed loop: raised, confirmed, acknowledged, actioned")
class AlertApi {

  private final Alerts alerts;
  private final Deliveries deliveries;
  private final AlertDesk desk;
  private final AlertAccess access;
  private final java.time.Clock clock;

  AlertApi(Alerts alerts, Deliveries deliveries, AlertDesk desk, AlertAccess access,
      java.time.Clock clock) {
    this.clock = clock;
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.desk = desk;
    this.access = access;
  }

  record Reject(String reason) {}

  record Acknowledge(AcknowledgementMethod method, ReadBack readBack) {}

  record Action(ActionKind kind, String reason) {}

  record Unreached(String note) {}

  /** {@code to}: a user name, or "team:NAME". */
  record Reassign(String to, String reason) {}

  @GetMapping
  @Operation(summary = "Alerts the caller may see; state=open means every state before the end")
  List<AlertView> list(@RequestParam(required = false) String state,
      @RequestParam(required = false) AlertCategory category,
      @RequestParam(required = false) String accession,
      @RequestParam(required = false) UUID patient,
      @RequestParam(required = false) String site,
      @RequestParam(required = false) String team,
      @RequestParam(required = false) Duration olderThan,
      @RequestParam(defaultValue = "200") int limit, Authentication auth) {
    Viewer viewer = Viewers.of(auth);
    AlertQuery query = new AlertQuery(states(state), category, accession,
        patient == null ? null : new PatientId(patient), site, team,
        olderThan == null ? null : clock.instant().minus(olderThan),
        scope(viewer), limit);
    return alerts.search(query).stream().filter(a -> access.canSee(viewer, a))
        .map(AlertView::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One alert with every transition and delivery")
  AlertDetail one(@PathVariable UUID id, Authentication auth) {
    Alert alert = visible(id, auth);
    return new AlertDetail(AlertView.of(alert), alerts.history(alert.id()),
        deliveries.ofAlert(alert.id()).stream().map(AlertDetail.DeliveryView::of).toList());
  }

  @PostMapping("/{id}/confirm")
  @Operation(summary = "The radiologist confirms a finding only Vigil read")
  AlertView confirm(@PathVariable UUID id, Authentication auth) {
    visible(id, auth);
    requireThat(access.canConfirm(Viewers.of(auth)), "only a radiologist confirms a finding");
    return AlertView.of(desk.confirm(new AlertId(id), auth.getName()));
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "The radiologist rejects a finding only Vigil read, with a reason")
  AlertView reject(@PathVariable UUID id, @RequestBody Reject body, Authentication auth) {
    visible(id, auth);
    requireThat(access.canConfirm(Viewers.of(auth)), "only a radiologist rejects a finding");
    return AlertView.of(desk.reject(new AlertId(id), auth.getName(), body.reason()));
  }

  @PostMapping("/{id}/acknowledge")
  @Operation(summary = "Take responsibility for the result (a verbal one records its read-back)")
  AlertView acknowledge(@PathVariable UUID id, @RequestBody(required = false) Acknowledge body,
      Authentication auth) {
    Alert alert = visible(id, auth);
    requireThat(access.canAcknowledge(Viewers.of(auth), alert),
        "only a responsible clinician acknowledges");
    AcknowledgementMethod method = body == null || body.method() == null
        ? AcknowledgementMethod.API : body.method();
    ReadBack readBack = body == null || body.readBack() == null ? ReadBack.NOT_VERBAL
        : body.readBack();
    return AlertView.of(desk.acknowledge(alert.id(), auth.getName(), method, readBack));
  }

  @PostMapping("/{id}/unable-to-reach")
  @Operation(summary = "Record a phone call or visit that reached nobody (the alert stays open)")
  AlertView unableToReach(@PathVariable UUID id, @RequestBody Unreached body,
      Authentication auth) {
    Alert alert = visible(id, auth);
    Viewer viewer = Viewers.of(auth);
    requireThat(viewer.overseesAll() || viewer.has("RADIOLOGIST")
        || access.canAcknowledge(viewer, alert), "not yours to record");
    return AlertView.of(desk.unableToReach(alert.id(), auth.getName(), body.note()));
  }

  @PostMapping("/{id}/reassign")
  @Operation(summary = "The fail-safe office hands an alert nobody has acknowledged to another "
      + "clinician (user name) or team (team:NAME), with a reason; they get a new deadline")
  AlertView reassign(@PathVariable UUID id, @RequestBody Reassign body, Authentication auth) {
    Alert alert = visible(id, auth);
    requireThat(access.canReassign(Viewers.of(auth)),
        "only the fail-safe office reassigns an alert");
    if (body.to() == null || body.reason() == null) {
      throw new IllegalArgumentException("to and reason are required");
    }
    return AlertView.of(desk.reassign(alert.id(), access.reassignmentTarget(body.to()),
        auth.getName(), body.reason()));
  }

  @PostMapping("/{id}/action")
  @Operation(summary = "Record what was done (no action needed requires a clinical reason); "
      + "closes the alert")
  AlertView action(@PathVariable UUID id, @RequestBody Action body, Authentication auth) {
    Alert alert = visible(id, auth);
    requireThat(access.canAcknowledge(Viewers.of(auth), alert),
        "only a responsible clinician records the action");
    if (body.kind() == null) {
      throw new IllegalArgumentException("kind is required");
    }
    return AlertView.of(desk.recordAction(alert.id(), auth.getName(), body.kind(), body.reason()));
  }

  private Alert visible(UUID id, Authentication auth) {
    AlertId alertId = new AlertId(id);
    return alerts.find(alertId).filter(a -> access.canSee(Viewers.of(auth), a))
        .orElseThrow(() -> new AlertProblems.NotVisible(alertId));
  }

  private AlertQuery.Scope scope(Viewer viewer) {
    return access.scopeOf(viewer);
  }

  static Set<AlertState> states(String state) {
    if (state == null || state.isBlank()) {
      return Set.of();
    }
    if (state.equalsIgnoreCase("open")) {
      return AlertState.open();
    }
    Set<AlertState> states = EnumSet.noneOf(AlertState.class);
    for (String s : state.split(",")) {
      states.add(AlertState.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT)));
    }
    return states;
  }

  private static void requireThat(boolean allowed, String why) {
    if (!allowed) {
      throw new AccessDeniedException(why);
    }
  }
}
