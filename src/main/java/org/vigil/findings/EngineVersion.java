package org.vigil.findings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One version for everything a reading depends on: the knowledge base's own version, then a
 * digest of the knowledge base, context rules, alert policy and follow-up guidelines in full, and
 * of {@link #CODE}. Stored with each reading, so a change to any input (context.yaml changed eleven
 * times at version "1") re-reads the reports, under review (hazard H8).
 */
final class EngineVersion {

  /** Bump when the engine's code or its language in code (follow-up cues, headings) changes. */
  static final String CODE = "findings-code 2026-12-03 alternatives";

  private EngineVersion() {}

  static String of(String knowledgeBaseVersion, Object... inputs) {
    StringBuilder b = new StringBuilder(CODE);
    for (Object input : inputs) {
      b.append('\n').append(canonical(input));
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return knowledgeBaseVersion + "+" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A text of the value that is the same in every run: sets sorted, maps by key. */
  static String canonical(Object o) {
    if (o instanceof Record r) {
      List<String> parts = new ArrayList<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        parts.add(c.getName() + "=" + canonical(value(c, r)));
      }
      return r.getClass().getSimpleName() + parts;
    }
    if (o instanceof Set<?> set) {
      return set.stream().map(EngineVersion::canonical).sorted().toList().toString();
    }
    if (o instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(canonical(k), canonical(v)));
      return sorted.toString();
    }
    if (o instanceof Collection<?> list) {
      return list.stream().map(EngineVersion::canonical).toList().toString();
    }
    return String.valueOf(o);
  }

  private static Object value(RecordComponent c, Record r) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }
}
