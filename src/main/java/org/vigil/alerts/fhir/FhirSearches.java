package org.vigil.alerts.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.vigil.alerts.AlertQuery;

/** Turns HAPI's search parameters into a {@link FhirSearch}; a malformed one is a 400. */
final class FhirSearches {

  /** Matches no patient: a reference that is not a Vigil patient id finds nothing. */
  private static final UUID NOBODY = new UUID(0, 0);

  private FhirSearches() {}

  static FhirSearch of(ReferenceParam patient, TokenOrListParam status,
      Function<String, String> conditionOfCode, DateRangeParam lastUpdated,
      AlertQuery.Scope scope, Integer offset, Integer count) {
    return new FhirSearch(patient == null ? null : patientId(patient),
        status == null ? null : conditions(status, conditionOfCode),
        lastUpdated == null || lastUpdated.getLowerBoundAsInstant() == null ? null
            : lastUpdated.getLowerBoundAsInstant().toInstant(),
        lastUpdated == null || lastUpdated.getUpperBoundAsInstant() == null ? null
            : lastUpdated.getUpperBoundAsInstant().toInstant(),
        scope, offset == null ? 0 : offset,
        count == null ? FhirSearch.DEFAULT_COUNT : count);
  }

  private static UUID patientId(ReferenceParam patient) {
    String type = patient.getResourceType();
    if (type != null && !"Patient".equals(type)) {
      throw new InvalidRequestException("patient takes a Patient reference, not " + type);
    }
    try {
      return UUID.fromString(patient.getIdPart());
    } catch (IllegalArgumentException notVigils) {
      return NOBODY;
    }
  }

  private static List<String> conditions(TokenOrListParam status,
      Function<String, String> conditionOfCode) {
    List<String> conditions = new ArrayList<>();
    for (TokenParam token : status.getValuesAsQueryTokens()) {
      String condition = conditionOfCode.apply(token.getValue());
      if (condition != null) {
        conditions.add(condition);
      }
    }
    return conditions;
  }
}
