package org.vigil.alerts.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.springframework.stereotype.Component;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertAccess;
import org.vigil.alerts.AlertId;
import org.vigil.alerts.Alerts;
import org.vigil.alerts.Deliveries;
import org.vigil.alerts.Viewer;

/**
 * Task at {@code /fhir}: read one alert, search alerts by patient, status and _lastUpdated
 * (with {@code _summary=count}), and update one from an EPR ({@link TaskUpdates}). A reader sees
 * the alerts the alert pages would show them; another site's alert is "not found".
 */
@Component
class TaskProvider implements IResourceProvider {

  private final Alerts alerts;
  private final Deliveries deliveries;
  private final FhirRows rows;
  private final AlertAccess access;
  private final TaskUpdates updates;

  TaskProvider(Alerts alerts, Deliveries deliveries, FhirRows rows, AlertAccess access,
      TaskUpdates updates) {
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.rows = rows;
    this.access = access;
    this.updates = updates;
  }

  @Override
  public Class<Task> getResourceType() {
    return Task.class;
  }

  @Read
  public Task read(@IdParam IdType id) {
    Viewer viewer = FhirViewer.current();
    return task(visible(id, viewer), viewer);
  }

  @Search
  public Bundle search(
      @OptionalParam(name = Task.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Task.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
      @Offset Integer offset, @Count Integer count, SummaryEnum summary,
      RequestDetails request) {
    Viewer viewer = FhirViewer.current();
    FhirSearch search = FhirSearches.of(patient, status, TaskProvider::condition, lastUpdated,
        access.scopeOf(viewer), offset, FhirBundles.countOnly(summary) ? Integer.valueOf(0) : count);
    FhirRows.Page page = rows.alerts(search);
    Map<UUID, Alert> found = alerts.findAll(page.rows().stream()
            .map(r -> new AlertId(r.id())).toList()).stream()
        .collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
    List<Task> tasks = page.rows().stream().filter(r -> found.containsKey(r.id()))
        .map(r -> TaskMapping.toFhir(found.get(r.id()), r,
            deliveries.ofAlert(new AlertId(r.id()))))
        .toList();
    return FhirBundles.searchset(request, tasks, page.total(), search);
  }

  @Update
  public MethodOutcome update(@IdParam IdType id, @ResourceParam Task task) {
    Viewer viewer = FhirViewer.current();
    Alert alert = visible(id, viewer);
    FhirRows.Row row = rows.alert(alert.id().value()).orElseThrow();
    boolean changed = updates.apply(alert, row, id, task, viewer);
    Task now = task(alert.id(), viewer);
    MethodOutcome outcome = new MethodOutcome(now.getIdElement()
        .withVersion(now.getMeta().getVersionId()));
    outcome.setResource(now);
    outcome.setCreated(false);
    if (!changed) {
      outcome.setOperationOutcome(TaskUpdates.unchanged());
    }
    return outcome;
  }

  private Task task(AlertId id, Viewer viewer) {
    return task(alerts.find(id).orElseThrow(), viewer);
  }

  private Task task(Alert alert, Viewer viewer) {
    FhirRows.Row row = rows.alert(alert.id().value()).orElseThrow();
    return TaskMapping.toFhir(alert, row, deliveries.ofAlert(alert.id()));
  }

  /** The alert behind a Task id, if this person may see it (else: not found, as if absent). */
  private Alert visible(IdType id, Viewer viewer) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id.getIdPart());
    } catch (IllegalArgumentException notAnAlertId) {
      throw new ResourceNotFoundException(id);
    }
    return alerts.find(new AlertId(uuid)).filter(a -> access.canSee(viewer, a))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  private static String condition(String code) {
    try {
      return TaskStatuses.condition(TaskStatus.fromCode(code));
    } catch (FHIRException unknown) {
      throw new InvalidRequestException("unknown Task status: " + code);
    }
  }
}
