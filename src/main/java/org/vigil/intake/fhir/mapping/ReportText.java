package org.vigil.intake.fhir.mapping;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Attachment;

/** The words of a report from a DiagnosticReport's presentedForm: plain text, or HTML as text. */
final class ReportText {

  private static final Pattern HIDDEN = Pattern.compile(
      "(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern LINE_BREAK = Pattern.compile(
      "(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|table|ul|ol|pre|blockquote)\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

  private ReportText() {}

  /** The text of the first text/plain or text/html attachment that carries data. */
  static Optional<String> presented(List<Attachment> forms) {
    for (Attachment form : forms) {
      if (!form.hasData() || !form.hasContentType()) {
        continue;
      }
      String type = form.getContentType().toLowerCase(Locale.ROOT);
      String text = new String(form.getData(), charset(type));
      if (type.startsWith("text/plain")) {
        return Optional.of(text).filter(t -> !t.isBlank());
      }
      if (type.startsWith("text/html")) {
        return Optional.of(html(text)).filter(t -> !t.isBlank());
      }
    }
    return Optional.empty();
  }

  /** HTML as plain text: tags dropped (scripts and styles with their content), entities decoded. */
  static String html(String html) {
    String text = HIDDEN.matcher(html).replaceAll("");
    text = LINE_BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = entities(text);
    return text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
        .replaceAll("\n{3,}", "\n\n").strip();
  }

  private static String entities(String text) {
    Matcher numeric = NUMERIC_ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (numeric.find()) {
      String code = numeric.group(1);
      int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16)
          : Integer.parseInt(code);
      String replacement = Character.isValidCodePoint(point) ? Character.toString(point) : "\uFFFD";
      numeric.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    numeric.appendTail(out);
    return out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'").replace("&amp;", "&");
  }

  private static Charset charset(String contentType) {
    int at = contentType.indexOf("charset=");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    String name = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }
}
