package org.vigil.findings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.findings.Assertion;
import org.vigil.findings.FindingsEngine;

/** {"id","sentence","target"} in, {"id","negated","uncertain","historical","hypothetical","experiencer"} out. */
final class ContextLines implements LineHandler {

  private final FindingsEngine engine;

  ContextLines(FindingsEngine engine) {
    this.engine = engine;
  }

  @Override
  public String handle(String line) {
    JsonNode in = Json.object(line);
    if (in == null) {
      return Json.error(null, "not a JSON object");
    }
    String id = Json.id(in);
    String sentence = Json.text(in, "sentence");
    String target = Json.text(in, "target");
    if (id == null || sentence == null || target == null) {
      return Json.error(id, "missing field: id, sentence and target are required");
    }
    Assertion a;
    try {
      a = engine.assess(sentence, target);
    } catch (IllegalArgumentException e) {
      return Json.error(id, e.getMessage());
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("id", id);
    out.put("negated", a.negated());
    out.put("uncertain", a.uncertain());
    out.put("historical", a.historical());
    out.put("hypothetical", a.hypothetical());
    out.put("experiencer", a.experiencer());
    return Json.write(out);
  }
}
