package org.vigil.intake.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Attachment;
import org.junit.jupiter.api.Test;

class ReportTextTest {

  @Test
  void plainTextIsReadInTheCharsetItDeclares() {
    Attachment latin1 = new Attachment().setContentType("text/plain; charset=ISO-8859-1")
        .setData("Nodule 8 mm, Größe stable.".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(ReportText.presented(List.of(latin1))).contains("Nodule 8 mm, Größe stable.");
  }

  @Test
  void htmlLosesItsTagsScriptsAndEntitiesButKeepsItsLines() {
    String html = "<html><head><title>t</title></head><body><h2>Findings</h2>"
        + "<p>Pneumothorax &gt; 2 cm&nbsp;on the right.<br/>No &#233;ffusion &#x26; no mass.</p>"
        + "<script>steal()</script><!-- note --><style>p{}</style></body></html>";
    assertThat(ReportText.html(html))
        .isEqualTo("Findings\nPneumothorax > 2 cm on the right.\nNo éffusion & no mass.");
  }

  @Test
  void attachmentsWithoutTextAreSkippedForTheFirstTextualOne() {
    Attachment pdf = new Attachment().setContentType("application/pdf").setData(new byte[] {1});
    Attachment link = new Attachment().setContentType("text/plain").setUrl("http://x/report");
    Attachment text = new Attachment().setContentType("text/plain")
        .setData("Normal chest.".getBytes(StandardCharsets.UTF_8));
    assertThat(ReportText.presented(List.of(pdf, link, text))).contains("Normal chest.");
    assertThat(ReportText.presented(List.of(pdf, link))).isEmpty();
  }
}
