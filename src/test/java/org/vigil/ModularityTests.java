package org.vigil;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold (no cycles, no reaching into internals), and their diagrams are written. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(VigilApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    // PlantUML diagrams only: the module canvases read generated Javadoc metadata, whose reader
    // failed (NullPointerException inside Spring Modulith 1.4.4) on ordinary comments.
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
