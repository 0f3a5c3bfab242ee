package org.vigil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Spring Modulith cannot say: which technologies each part may touch. */
class ArchitectureTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.vigil");

  @Test
  void theFindingsEngineIsPlainJavaWithoutSpringOrHapi() {
    noClasses().that().resideInAPackage("org.vigil.findings..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "ca.uhn..",
            "jakarta.servlet..")
        .check(classes);
  }

  @Test
  void theImagingRecordKnowsNothingOfHl7FhirOrTheWeb() {
    noClasses().that().resideInAPackage("org.vigil.record..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "ca.uhn..",
            "jakarta.servlet..")
        .check(classes);
  }

  @Test
  void hl7AndFhirTypesStayInsideIntake() {
    noClasses().that().resideOutsideOfPackages("org.vigil.intake..", "org.vigil.demo..",
            "org.vigil.alerts.fhir..")
        .should().dependOnClassesThat().resideInAnyPackage("ca.uhn.hl7v2..", "ca.uhn.fhir..",
            "org.hl7.fhir..")
        .check(classes);
  }

  @Test
  void thePartsOfEachAdapterDependOnEachOtherOneWayOnly() {
    // sub-packages such as intake.hl7.mllp and intake.hl7.mapping; each may use its parent package
    for (String adapter : List.of("org.vigil.intake.hl7", "org.vigil.intake.fhir",
        "org.vigil.demo")) {
      slices().matching(adapter + ".(*)..").should().beFreeOfCycles().check(classes);
    }
  }
}
