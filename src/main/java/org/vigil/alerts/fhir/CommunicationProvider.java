package org.vigil.alerts.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertAccess;
import org.vigil.alerts.Alerts;
import org.vigil.alerts.Deliveries;
import org.vigil.alerts.Delivery;
import org.vigil.alerts.Viewer;

/**
 * Communication at {@code /fhir}: one per delivery (each channel attempt series to one
 * recipient), read-only, searched by the alert's patient, the delivery's status and
 * _lastUpdated, with {@code _summary=count}. A reader sees the deliveries of the alerts they
 * may see.
 */
@Component
class CommunicationProvider implements IResourceProvider {

  private final Alerts alerts;
  private final Deliveries deliveries;
  private final FhirRows rows;
  private final AlertAccess access;

  CommunicationProvider(Alerts alerts, Deliveries deliveries, FhirRows rows, AlertAccess access) {
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.rows = rows;
    this.access = access;
  }

  @Override
  public Class<Communication> getResourceType() {
    return Communication.class;
  }

  @Read
  public Communication read(@IdParam IdType id) {
    Viewer viewer = FhirViewer.current();
    UUID uuid = uuid(id).orElseThrow(() -> new ResourceNotFoundException(id));
    FhirRows.Row row = rows.delivery(uuid).orElseThrow(() -> new ResourceNotFoundException(id));
    Delivery delivery = deliveries.find(uuid).orElseThrow(() -> new ResourceNotFoundException(id));
    Alert alert = alerts.find(delivery.alertId()).filter(a -> access.canSee(viewer, a))
        .orElseThrow(() -> new ResourceNotFoundException(id));
    return CommunicationMapping.toFhir(delivery, alert, row);
  }

  @Search
  public Bundle search(
      @OptionalParam(name = Communication.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Communication.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
      @Offset Integer offset, @Count Integer count, SummaryEnum summary,
      RequestDetails request) {
    Viewer viewer = FhirViewer.current();
    FhirSearch search = FhirSearches.of(patient, status, CommunicationProvider::condition,
        lastUpdated, access.scopeOf(viewer), offset,
        FhirBundles.countOnly(summary) ? Integer.valueOf(0) : count);
    FhirRows.Page page = rows.deliveries(search);
    List<Communication> found = new ArrayList<>();
    Map<UUID, Delivery> byId = page.rows().stream()
        .map(r -> deliveries.find(r.id()).orElse(null)).filter(d -> d != null)
        .collect(Collectors.toMap(Delivery::id, Function.identity()));
    Map<UUID, Alert> alertsById = alerts.findAll(byId.values().stream().map(Delivery::alertId)
            .distinct().toList()).stream()
        .collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
    for (FhirRows.Row row : page.rows()) {
      Delivery d = byId.get(row.id());
      if (d != null && alertsById.containsKey(d.alertId().value())) {
        found.add(CommunicationMapping.toFhir(d, alertsById.get(d.alertId().value()), row));
      }
    }
    return FhirBundles.searchset(request, found, page.total(), search);
  }

  private static Optional<UUID> uuid(IdType id) {
    try {
      return Optional.of(UUID.fromString(id.getIdPart()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String condition(String code) {
    try {
      return CommunicationMapping.CONDITIONS.get(CommunicationStatus.fromCode(code));
    } catch (FHIRException unknown) {
      throw new InvalidRequestException("unknown Communication status: " + code);
    }
  }
}
