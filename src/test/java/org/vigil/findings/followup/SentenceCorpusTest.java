package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.findings.followup.Reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.vigil.findings.FollowUp;

/**
 * A hand-written corpus of report sentences (no patient data), labelled with whether each
 * recommends a follow-up and its interval, condition and actionability. Prints the figures and
 * holds the reader to them, so a change that loses ground fails the build.
 */
class SentenceCorpusTest {

  // sentence | recommends | min | max | conditional | actionable
  private static final String CORPUS =
      """
      Recommend CT chest in 3 months.|Y|90|90|N|Y
      Suggest follow-up CT in 6-12 months.|Y|180|365|N|Y
      Further evaluation with contrast-enhanced MRI is recommended.|Y|||N|Y
      A repeat chest radiograph in 6 weeks is advised to confirm resolution.|Y|42|42|N|Y
      Referral to the respiratory team is suggested.|Y|||N|Y
      Would benefit from discussion at the lung cancer MDT.|Y|||N|Y
      Urgent referral to the vascular surgeons.|Y|0|1|N|Y
      Non-urgent ultrasound of the pelvis is suggested.|Y|||N|Y
      Consider MRI pelvis if symptoms persist.|Y|||Y|Y
      Recommend repeat ultrasound in 3/12.|Y|90|90|N|Y
      Review in 6/52 with a repeat film.|Y|42|42|N|Y
      An annual surveillance ultrasound is recommended.|Y|365|365|N|Y
      Recommend CT abdomen within 48 hours.|Y|0|2|N|Y
      Suggest clinical correlation.|Y|||N|N
      Correlate with inflammatory markers.|Y|||N|Y
      Please correlate clinically.|Y|||N|N
      MRI brain may be helpful if there is ongoing clinical concern.|Y|||Y|Y
      Ultrasound is suggested to further characterise the lesion.|Y|||N|Y
      Dedicated renal ultrasound in twelve months.|Y|365|365|N|Y
      Recommend follow-up ultrasound at 6 and 12 months.|Y|180|180|N|Y
      Tissue sampling should be considered.|Y|||N|Y
      PET-CT is recommended for staging.|Y|||N|Y
      Recommend a CT in 3 to 6 months to confirm persistence.|Y|90|180|N|Y
      Recall for further mammographic views.|Y|||N|Y
      Suggest ultrasound soon.|Y|0|28|N|Y
      No follow-up imaging is required.|N||||
      No further action is needed.|N||||
      Follow-up is not required for this benign finding.|N||||
      There is no need for further imaging.|N||||
      This does not warrant further investigation.|N||||
      A CT in 3 months was recommended previously.|N||||
      Follow-up CT dated last month shows interval resolution.|N||||
      Appearances suggest a small pleural effusion.|N||||
      The findings are suggestive of infection.|N||||
      On repeat imaging the nodule is unchanged.|N||||
      The previous recommendation for CT has been performed.|N||||
      The lungs are clear.|N||||
      Comparison is made with the prior CT.|N||||
      The appendix is normal.|N||||
      There is a small hiatus hernia.|N||||
      Heart size is within normal limits.|N||||
      The fracture line is well seen on the lateral view.|N||||
      """;

  /** Written after the reader was tuned on CORPUS and first run unchanged: the honest figure. */
  private static final String HELD_OUT =
      """
      Further imaging with a CT of the thorax in 3 months' time would be prudent.|Y|90|90|N|Y
      Please arrange an outpatient MRI of the cervical spine.|Y|||N|Y
      I would suggest a repeat scan in around six months.|Y|180|180|N|Y
      Suggest referral to the gynaecology team for assessment.|Y|||N|Y
      Recommend interval CT at 12 months to assess stability.|Y|365|365|N|Y
      An echocardiogram may be of value.|Y|||N|Y
      Follow up chest x-ray in 4-6 weeks post treatment to ensure resolution.|Y|28|42|N|Y
      If clinical concern persists, consider a CT abdomen.|Y|||Y|Y
      Urgent MRI whole spine is recommended.|Y|0|1|N|Y
      Findings discussed with the referring team who will arrange follow-up.|N||||
      Patient to be followed up in the fracture clinic.|Y|||N|Y
      No further follow up of this incidental finding is necessary.|N||||
      The appearances have resolved since the previous examination.|N||||
      A follow-up study is not considered necessary.|N||||
      Advise repeat bloods and clinical review in 1/52.|Y|7|7|N|Y
      Ultrasound recommended in 1 year to assess for interval growth.|Y|365|365|N|Y
      Recommended follow-up interval: 2 years.|Y|730|730|N|Y
      No suspicious features; routine screening recall in three years.|Y|1095|1095|N|Y
      The radiologist recommended biopsy at the time of the last MDT.|N||||
      Stable appearances of the known adrenal adenoma.|N||||
      """;

  private record Row(
      String sentence,
      boolean recommends,
      Integer min,
      Integer max,
      boolean conditional,
      boolean actionable) {}

  @Test
  void detectsFollowUpSentencesAndReadsTheirTimingOnTheCorpus() {
    Figures figures = measure(CORPUS, "tuning corpus");

    assertThat(figures.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(figures.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(figures.timingRight()).isEqualTo(figures.found());
    assertThat(figures.flagsRight()).isEqualTo(figures.found());
  }

  @Test
  void reportsFiguresOnTheHeldOutSentences() {
    Figures figures = measure(HELD_OUT, "held-out corpus");

    assertThat(figures.precision()).isGreaterThanOrEqualTo(0.8);
    assertThat(figures.recall()).isGreaterThanOrEqualTo(0.8);
  }

  private record Figures(
      double precision, double recall, int found, int timingRight, int flagsRight) {}

  private static Figures measure(String corpus, String name) {
    int tp = 0, fp = 0, fn = 0, tn = 0, timed = 0, timedRight = 0, flagsRight = 0;
    List<String> misses = new ArrayList<>();
    for (Row row : rows(corpus)) {
      List<FollowUp> read = report().impression(row.sentence()).fromReport();
      boolean found = !read.isEmpty();
      if (found && row.recommends()) {
        tp++;
        FollowUp f = read.get(0);
        timed++;
        boolean timingRight =
            Objects.equals(f.minDays(), row.min()) && Objects.equals(f.maxDays(), row.max());
        timedRight += timingRight ? 1 : 0;
        boolean flags = f.conditional() == row.conditional() && f.actionable() == row.actionable();
        flagsRight += flags ? 1 : 0;
        if (!timingRight || !flags) {
          misses.add("wrong detail: " + row.sentence() + " -> " + f);
        }
      } else if (found) {
        fp++;
        misses.add("false positive: " + row.sentence());
      } else if (row.recommends()) {
        fn++;
        misses.add("missed: " + row.sentence());
      } else {
        tn++;
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    System.out.printf(
        name
            + ": follow-up sentences: precision %.2f recall %.2f (tp %d fp %d fn %d tn %d); "
            + "timing exact %d/%d; conditional+actionable %d/%d%n",
        precision,
        recall,
        tp,
        fp,
        fn,
        tn,
        timedRight,
        timed,
        flagsRight,
        timed);
    misses.forEach(System.out::println);
    return new Figures(precision, recall, timed, timedRight, flagsRight);
  }

  private static List<Row> rows(String corpus) {
    return corpus
        .lines()
        .filter(l -> !l.isBlank())
        .map(
            line -> {
              String[] c = line.split("\\|", -1);
              return new Row(
                  c[0], c[1].equals("Y"), num(c[2]), num(c[3]), c[4].equals("Y"), c[5].equals("Y"));
            })
        .toList();
  }

  private static Integer num(String s) {
    return s.isBlank() ? null : Integer.valueOf(s);
  }
}
