package org.vigil.alerts.fhir;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.alerts.AlertQuery;

/**
 * A Task or Communication search as Vigil runs it: the patient, the SQL conditions for the
 * statuses asked for (OR-ed; an empty list matches nothing), the _lastUpdated bounds
 * (inclusive), the viewer's scope, and the page.
 *
 * @param statuses null: any status
 */
record FhirSearch(UUID patient, List<String> statuses, Instant updatedFrom, Instant updatedTo,
    AlertQuery.Scope scope, int offset, int count) {

  static final int DEFAULT_COUNT = 50;
  static final int MAX_COUNT = 200;

  FhirSearch {
    statuses = statuses == null ? null : List.copyOf(statuses);
    offset = Math.max(0, offset);
    count = Math.max(0, Math.min(count, MAX_COUNT));
  }
}
