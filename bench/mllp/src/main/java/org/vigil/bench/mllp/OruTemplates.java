package org.vigil.bench.mllp;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pre-built ORU^R01 frames (0x0B message 0x1C 0x0D) with 1-3 KB of report text for varied
 * patients. Each frame has fixed-width slots for the control id (MSH-10) and the accession
 * number (ORC-3, OBR-3, OBR-18) that the sender overwrites in place, so every message sent is
 * unique without building strings on the hot path.
 */
final class OruTemplates {

  static final int CONTROL_ID_WIDTH = 14;
  static final int ACCESSION_WIDTH = 12;
  private static final String CONTROL_SLOT = "#".repeat(CONTROL_ID_WIDTH);
  private static final String ACCESSION_SLOT = "@".repeat(ACCESSION_WIDTH);

  /** One pre-framed message and where its slots are. */
  record Template(byte[] frame, int controlIdAt, int[] accessionAt) {}

  private static final String[] SURNAMES = {"SMITH", "JONES", "KHAN", "PATEL", "WILLIAMS",
      "TAYLOR", "BROWN", "DAVIES", "EVANS", "WILSON", "OKAFOR", "NOWAK", "HUGHES", "MURPHY"};
  private static final String[] FORENAMES = {"Olivia", "George", "Margaret", "Mohammed", "Susan",
      "David", "Priya", "John", "Aisha", "Peter", "Mary", "Kofi", "Joan", "Liam"};
  private static final String[][] EXAMS = {{"XCHES", "XR Chest", "DX"},
      {"CHEAD", "CT Head", "CT"}, {"CCHAPC", "CT Chest abdomen and pelvis with contrast", "CT"},
      {"CPULA", "CT Pulmonary angiogram", "CT"}, {"MLSPI", "MRI Lumbar spine", "MR"},
      {"UABDO", "US Abdomen", "US"}, {"NBONW", "NM Bone scan whole body", "NM"}};
  private static final String[] FINDINGS = {
      "The lungs are clear with no focal consolidation, collapse or pleural effusion.",
      "Heart size is within normal limits and the mediastinal contours are unremarkable.",
      "No pneumothorax. The costophrenic angles are sharp bilaterally.",
      "There is no intracranial haemorrhage, mass lesion or established territorial infarct.",
      "Mild periventricular white matter low attenuation in keeping with small vessel disease.",
      "The liver is of normal size and echotexture without a focal lesion.",
      "The gallbladder contains several small calculi without wall thickening or fluid.",
      "Multilevel degenerative disc disease, most marked at L4/5, without neural compromise.",
      "Incidental 6 mm solid nodule in the right lower lobe; follow-up CT in 6-12 months.",
      "No filling defect to suggest pulmonary embolism. The right ventricle is not dilated.",
      "Both kidneys are of normal size with no hydronephrosis or calculus.",
      "No destructive bone lesion. Degenerative uptake in both knees and the lumbar spine.",
      "The infrarenal aorta measures 3.4 cm in AP diameter; surveillance in 3 years advised.",
      "Patchy consolidation in the right lower zone is in keeping with infection.",
      "No free fluid or collection. The appendix is normal. No bowel obstruction."};

  private OruTemplates() {}

  static List<Template> build(int count, long seed) {
    Random random = new Random(seed);
    List<Template> templates = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      templates.add(template(message(random, i)));
    }
    return templates;
  }

  private static Template template(String message) {
    byte[] body = message.getBytes(StandardCharsets.US_ASCII);
    byte[] frame = new byte[body.length + 3];
    frame[0] = 0x0B;
    System.arraycopy(body, 0, frame, 1, body.length);
    frame[frame.length - 2] = 0x1C;
    frame[frame.length - 1] = 0x0D;
    int control = message.indexOf(CONTROL_SLOT) + 1;
    List<Integer> accessions = new ArrayList<>();
    for (int at = message.indexOf(ACCESSION_SLOT); at >= 0;
        at = message.indexOf(ACCESSION_SLOT, at + 1)) {
      accessions.add(at + 1);
    }
    return new Template(frame, control, accessions.stream().mapToInt(Integer::intValue).toArray());
  }

  private static String message(Random random, int index) {
    String[] exam = EXAMS[random.nextInt(EXAMS.length)];
    String when = ZonedDateTime.now().minusMinutes(random.nextInt(600))
        .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    String nhs = NhsNumber.make(random);
    String mrn = "RVG" + (1_000_000 + index * 7 + random.nextInt(7));
    StringBuilder m = new StringBuilder(3500);
    m.append("MSH|^~\\&|RIS|RVG01^Northgate General Hospital^L|VIGIL|VIGIL|").append(when)
        .append("||ORU^R01^ORU_R01|").append(CONTROL_SLOT).append("|P|2.5.1|||||GBR|UNICODE UTF-8\r")
        .append("PID|1||").append(nhs).append("^^^NHS^NH~").append(mrn).append("^^^RVG^MR||")
        .append(SURNAMES[random.nextInt(SURNAMES.length)]).append('^')
        .append(FORENAMES[random.nextInt(FORENAMES.length)]).append("||19")
        .append(30 + random.nextInt(70)).append("0").append(1 + random.nextInt(9)).append("1")
        .append(random.nextInt(9)).append('|').append(random.nextBoolean() ? "F" : "M").append('\r')
        .append("PV1|1|").append("EIO".charAt(random.nextInt(3)))
        .append("|RAD^^^RVG01||||C4120931^OKAFOR^Chidi^^^Dr|||ACMED\r")
        .append("ORC|RE|EPR").append(7_000_000 + index).append("^EPR|").append(ACCESSION_SLOT)
        .append("^RIS||CM||||").append(when).append("|||C7788012^NG^Wei^^^Dr\r")
        .append("OBR|1|EPR").append(7_000_000 + index).append("^EPR|").append(ACCESSION_SLOT)
        .append("^RIS|").append(exam[0]).append('^').append(exam[1]).append("^NICIP|||")
        .append(when).append("|||||||||C7788012^NG^Wei^^^Dr||").append(ACCESSION_SLOT)
        .append("||||").append(when).append("||").append(exam[2]).append("|F\r");
    appendReport(m, random, when);
    return m.toString();
  }

  /** One OBX per line until the report text is 1-3 KB. */
  private static void appendReport(StringBuilder m, Random random, String when) {
    int target = 1024 + random.nextInt(2048);
    int length = 0;
    int setId = 1;
    List<String> lines = new ArrayList<>(List.of("Clinical details:", "Query pathology.", "",
        "Findings:"));
    while (length < target - 200) {
      String line = FINDINGS[random.nextInt(FINDINGS.length)];
      lines.add(line);
      length += line.length();
    }
    lines.addAll(List.of("", "Conclusion:", "No acute abnormality requiring urgent action.",
        "Reported by: Dr Eva Lindqvist, Consultant Radiologist"));
    for (String line : lines) {
      m.append("OBX|").append(setId++).append("|TX|&GDT^Report text^L||").append(line)
          .append("||||||F|||").append(when).append('\r');
    }
  }
}
