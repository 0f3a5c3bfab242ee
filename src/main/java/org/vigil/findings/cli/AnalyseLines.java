package org.vigil.findings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.vigil.findings.Finding;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.FollowUp;
import org.vigil.findings.Measurement;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.ReportInput;

/** {"id","text","modality"?,"flag"?} in, the report's analysis out. */
final class AnalyseLines implements LineHandler {

  private final FindingsEngine engine;

  AnalyseLines(FindingsEngine engine) {
    this.engine = engine;
  }

  @Override
  public String handle(String line) {
    JsonNode in = Json.object(line);
    if (in == null) {
      return Json.error(null, "not a JSON object");
    }
    String id = Json.id(in);
    String text = Json.text(in, "text");
    if (id == null || text == null) {
      return Json.error(id, "missing field: id and text are required");
    }
    ReportAnalysis analysis;
    try {
      analysis = engine.analyse(
          new ReportInput(id, text, Json.optional(in, "modality"), Json.optional(in, "flag")));
    } catch (RuntimeException e) {
      return Json.error(id, "analysis failed: " + e.getClass().getSimpleName());
    }
    return Json.write(toJson(analysis));
  }

  static ObjectNode toJson(ReportAnalysis a) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("id", a.id());
    out.put("category", a.category().name());
    out.put("communication_needed", a.communicationNeeded());
    out.put("flag_agreement", a.flagAgreement().name());
    ArrayNode findings = out.putArray("findings");
    a.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode followUps = out.putArray("followups");
    a.followUps().forEach(f -> followUps.add(followUp(f)));
    out.put("knowledge_base", a.knowledgeBaseVersion());
    return out;
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("concept", f.concept());
    o.put("name", f.name());
    o.put("snomed", f.snomed());
    o.put("category", f.category().name());
    o.put("negated", f.negated());
    o.put("uncertain", f.uncertain());
    o.put("historical", f.historical());
    o.put("hypothetical", f.hypothetical());
    o.put("experiencer", f.experiencer());
    o.put("section", f.section().name().toLowerCase(Locale.ROOT));
    o.put("sentence", f.sentence());
    o.put("start", f.start());
    o.put("end", f.end());
    o.put("text", f.trigger());
    o.put("laterality", f.laterality());
    o.put("site", f.site());
    ArrayNode measurements = o.putArray("measurements");
    f.measurements().forEach(m -> measurements.add(measurement(m)));
    return o;
  }

  private static ObjectNode measurement(Measurement m) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("text", m.text());
    o.put("start", m.start());
    o.put("end", m.end());
    ArrayNode mm = o.putArray("dimensions_mm");
    m.dimensionsMm().forEach(mm::add);
    o.put("largest_mm", m.largestMm());
    return o;
  }

  private static ObjectNode followUp(FollowUp f) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("procedure", f.procedure());
    o.put("modality", f.modality());
    o.put("region", f.region());
    o.put("min_days", f.minDays());
    o.put("max_days", f.maxDays());
    o.put("conditional", f.conditional());
    o.put("actionable", f.actionable());
    o.put("source", f.source() == null ? null : f.source().name().toLowerCase(Locale.ROOT));
    o.put("guideline", f.guideline());
    o.put("finding", f.finding());
    o.put("text", f.text());
    return o;
  }
}
