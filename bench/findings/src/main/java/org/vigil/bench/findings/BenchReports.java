package org.vigil.bench.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.FollowUpReader;
import org.vigil.findings.kb.KnowledgeBaseLoader;

/** The benchmark's realistic reports (resources/reports) and the engine to run them on. */
final class BenchReports {

  static final int COUNT = 20;
  private static final String[] NAMES = {
    "01-ctpa-pe", "02-cxr-normal", "03-ct-head-trauma", "04-ct-abdo-aaa", "05-cxr-ptx",
    "06-ct-chest-nodule", "07-us-appendix", "08-mri-spine", "09-cxr-lines", "10-ct-kub",
    "11-mammo", "12-ct-abdo-perforation", "13-xr-hip", "14-ct-colon", "15-us-renal",
    "16-obx-lines", "17-ct-dissection", "18-mri-brain", "19-cxr-followup", "20-us-dvt-neg"
  };

  private BenchReports() {}

  static List<String> reports() {
    List<String> out = new ArrayList<>(COUNT);
    for (String name : NAMES) {
      out.add(read("/reports/" + name + ".txt"));
    }
    return out;
  }

  /**
   * The knowledge base named by {@code -Dvigil.kb=FILE}, else the default one, else (said on
   * stderr) the test one while the default is not yet in the repository.
   */
  static FindingsEngine engine() {
    String file = System.getProperty("vigil.kb");
    if (file != null) {
      System.err.println("benchmark knowledge base: " + file);
      return FindingsEngine.withKnowledgeBase(Path.of(file), FollowUpReader.NONE);
    }
    if (BenchReports.class.getResource(KnowledgeBaseLoader.DEFAULT_RESOURCE) != null) {
      System.err.println("benchmark knowledge base: default (" + KnowledgeBaseLoader.DEFAULT_RESOURCE + ")");
      return FindingsEngine.withDefaultKnowledgeBase();
    }
    System.err.println("benchmark knowledge base: test-kb.yaml (default knowledge base not built yet)");
    InputStream in = BenchReports.class.getResourceAsStream("/findings/test-kb.yaml");
    return FindingsEngine.withKnowledgeBase(KnowledgeBaseLoader.load(in, "test-kb.yaml"),
        FollowUpReader.NONE);
  }

  private static String read(String resource) {
    try (InputStream in = BenchReports.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark report " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
