package org.vigil.intake.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.IntakeMemory;
import org.vigil.intake.fhir.mapping.FhirIntakeProperties;

/** The memory gate in front of the FHIR servlet, after login (the security filters come first). */
@Configuration(proxyBeanMethods = false)
class FhirMemoryGateConfiguration {

  @Bean
  FilterRegistrationBean<FhirMemoryGate> fhirMemoryGate(IntakeMemory memory,
      FhirIntakeProperties properties,
      DeadLetters deadLetters, FhirContext fhir, Clock clock) {
    FilterRegistrationBean<FhirMemoryGate> registration = new FilterRegistrationBean<>(
        new FhirMemoryGate(memory, properties.maxBodyBytes().toBytes(), deadLetters, fhir, clock));
    registration.addUrlPatterns("/fhir/*");
    registration.setName("fhirMemoryGate");
    return registration;
  }
}
