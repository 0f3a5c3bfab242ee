package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.support.VigilProcess;

/** The packaged jar refuses, with the reason, a database that could lose acknowledged data. */
class DatabaseUrlIT {

  @TempDir Path dir;

  @Test
  void refusesToStartOnAnH2UrlThatDelaysWritesAndSaysWhy() throws Exception {
    VigilProcess vigil = VigilProcess.runToExit(dir, "delayed",
        List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=500"));

    assertThat(vigil.exitCode()).isNotZero();
    assertThat(vigil.output())
        .contains("APPLICATION FAILED TO START")
        .contains("The database URL sets WRITE_DELAY=500")
        .doesNotContain("Started VigilApplication");
  }
}
