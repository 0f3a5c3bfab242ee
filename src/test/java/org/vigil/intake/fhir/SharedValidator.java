package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One FHIR instance validator (base R4 only) for the whole test JVM: it takes seconds to start.
 */
final class SharedValidator {

  private static FhirValidator validator;

  private SharedValidator() {}

  private static synchronized FhirValidator validator() {
    if (validator == null) {
      FhirContext context = FhirContext.forR4();
      ValidationSupportChain support = new ValidationSupportChain(
          new DefaultProfileValidationSupport(context),
          new InMemoryTerminologyServerValidationSupport(context),
          new CommonCodeSystemsTerminologyService(context));
      validator = context.newValidator()
          .registerValidatorModule(new FhirInstanceValidator(support));
    }
    return validator;
  }

  /** Error- and fatal-level issues the base R4 specification finds in the resource. */
  static List<String> errors(IBaseResource resource) {
    return validator().validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
            || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(SharedValidator::describe)
        .toList();
  }

  static void assertValid(IBaseResource resource) {
    assertThat(errors(resource)).as("R4 validation errors in %s", resource.getIdElement())
        .isEmpty();
  }

  private static String describe(SingleValidationMessage m) {
    return m.getLocationString() + ": " + m.getMessage();
  }
}
