package org.vigil.intake.hl7;

import org.vigil.support.MllpTestClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample messages under src/test/resources/hl7 (see SOURCE.md there). */
final class Hl7Samples {

  private Hl7Samples() {}

  /** A dcm4che sample as text, segments separated by CR. */
  static String dcm4che(String name) {
    return new String(bytes("/hl7/dcm4che/" + name), StandardCharsets.ISO_8859_1)
        .replace("\r\n", "\r").replace('\n', '\r').strip() + "\r";
  }

  /**
   * The messages of a synthetic-oru log, as the bytes a sender would put on the wire: each
   * {@code <SB>...<EB>} block becomes 0x0B ... 0x1C 0x0D with {@code <R>} as CR (the log's own
   * line breaks dropped); text outside any block is returned as it is (unframed junk).
   */
  static List<byte[]> scoutLog(String path) {
    String log = new String(bytes("/hl7/synthetic-oru/" + path), StandardCharsets.ISO_8859_1);
    List<byte[]> wire = new ArrayList<>();
    if (!log.contains("<SB>")) {
      String junk = log.lines().filter(l -> !l.matches("^\\d{4}-\\d{2}-\\d{2} .*\\|$"))
          .reduce("", (a, b) -> a + b + "\n").strip();
      wire.add((junk + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      return wire;
    }
    String[] blocks = log.split("<SB>");
    for (int i = 1; i < blocks.length; i++) {
      String block = blocks[i];
      int end = block.indexOf("<EB>");
      String content = (end < 0 ? block : block.substring(0, end))
          .replace("<R>\r\n", "\r").replace("<R>\n", "\r").replace("<R>", "\r");
      content = content.replaceFirst("^\r?\n", "").replaceFirst("\r?\n$", "");
      wire.add(MllpTestClient.frame(content.getBytes(StandardCharsets.ISO_8859_1)));
    }
    return wire;
  }

  static byte[] bytes(String resource) {
    try (InputStream in = Hl7Samples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
