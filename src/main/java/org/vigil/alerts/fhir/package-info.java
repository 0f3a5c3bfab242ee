/**
 * The closed loop at {@code /fhir}: one FHIR R4 Task per alert (its status mapped from the
 * lifecycle, Vigil's exact state in businessStatus) and one Communication per delivery, read and
 * searched through the alert tables' indexes; an EPR's Task update acknowledges the alert or
 * records its action through the {@link org.vigil.alerts.AlertDesk}, so the aggregate decides.
 * The providers are registered with intake's RestfulServer as plain HAPI resource providers.
 */
package org.vigil.alerts.fhir;
