package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.findings.followup.Reports.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.findings.FollowUp;
import org.vigil.findings.SectionKind;

class AbdominalGuidelinesTest {

  @ParameterizedTest(name = "AAA {0} mm: {1}, {2}-{3} days")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          24   | none                                          | -1  | -1
          25   | ultrasound aorta                              | 1825 | 1825
          29   | ultrasound aorta                              | 1825 | 1825
          30   | ultrasound aorta                              | 1095 | 1095
          34   | ultrasound aorta                              | 1095 | 1095
          35   | ultrasound aorta                              | 730  | 730
          39.9 | ultrasound aorta                              | 730  | 730
          40   | ultrasound aorta                              | 365  | 365
          44   | ultrasound aorta                              | 365  | 365
          45   | ultrasound aorta and vascular surgery referral | 180  | 180
          49   | ultrasound aorta and vascular surgery referral | 180  | 180
          50   | ultrasound aorta and vascular surgery referral | 90   | 180
          54   | ultrasound aorta and vascular surgery referral | 90   | 180
          55   | urgent vascular surgery referral              | 0    | 14
          70   | urgent vascular surgery referral              | 0    | 14
          """)
  void followsAbdominalAorticAneurysmSurveillanceBands(
      double mm, String procedure, int min, int max) {
    List<FollowUp> followUps =
        report()
            .findings("Infrarenal abdominal aortic aneurysm.")
            .with("abdominal_aortic_aneurysm", "aneurysm", mm)
            .fromGuidelines();

    if (min < 0) {
      assertThat(followUps).isEmpty();
    } else {
      assertThat(followUps)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.guideline()).isEqualTo("aaa_surveillance");
                assertThat(f.procedure()).isEqualTo(procedure);
                assertThat(f.minDays()).isEqualTo(min);
                assertThat(f.maxDays()).isEqualTo(max);
              });
    }
  }

  @ParameterizedTest(name = "thyroid nodule {0} mm, age unknown")
  @CsvSource({"9.9, false", "10, true", "14, true", "15, true"})
  void usesTheSaferTenMillimetreThyroidThresholdWhenAgeIsUnknown(double mm, boolean followUp) {
    List<FollowUp> followUps =
        report()
            .findings("Incidental nodule in the left thyroid lobe.")
            .with("thyroid_nodule", "nodule", mm)
            .fromGuidelines();

    assertThat(followUps).hasSize(followUp ? 1 : 0);
    followUps.forEach(
        f -> {
          assertThat(f.procedure()).isEqualTo("ultrasound thyroid");
          assertThat(f.text()).contains("age unknown");
        });
  }

  @Test
  void advisesThyroidUltrasoundForASmallNoduleWithSuspiciousFeatures() {
    assertThat(
            report()
                .findings("A 6 mm thyroid nodule with abnormal lymph nodes in the neck.")
                .with("thyroid_nodule", "nodule", 6)
                .fromGuidelines())
        .singleElement()
        .extracting(FollowUp::maxDays)
        .isEqualTo(30);
  }

  @Test
  void doesNotReadAnAbsentFeatureAsSuspicious() {
    assertThat(
            report()
                .findings("A 6 mm thyroid nodule without invasion.")
                .with("thyroid_nodule", "nodule", 6)
                .fromGuidelines())
        .isEmpty();
  }

  @ParameterizedTest(name = "adrenal {0} mm: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          9.9  | null
          10   | adrenal protocol CT or MRI
          40   | adrenal protocol CT or MRI
          40.1 | referral for adrenal mass over 4 cm
          """)
  void followsTheAdrenalIncidentalomaBands(double mm, String procedure) {
    List<FollowUp> followUps =
        report()
            .findings("Indeterminate left adrenal nodule.")
            .with("adrenal_lesion", "nodule", mm)
            .fromGuidelines();

    assertThat(followUps.stream().map(FollowUp::procedure).findFirst().orElse(null))
        .isEqualTo(procedure);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          A 20 mm left adrenal nodule measuring 5 HU, in keeping with an adenoma.
          A 20 mm lipid-rich left adrenal adenoma.
          A 20 mm left adrenal nodule, unchanged for 3 years.
          """)
  void derivesNoAdrenalFollowUpForBenignFeatures(String sentence) {
    assertThat(report().findings(sentence).with("adrenal_lesion", "nodule", 20).fromGuidelines())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          A 30 mm Bosniak IIF cyst in the left kidney.          | CT or MRI kidneys (renal protocol)      | 180
          A 30 mm Bosniak 2F cyst in the left kidney.           | CT or MRI kidneys (renal protocol)      | 180
          A 30 mm Bosniak III cystic mass in the left kidney.   | urology referral                        | 28
          A 30 mm Bosniak IV cystic mass in the left kidney.    | urology referral (suspected renal cancer) | 14
          A 30 mm Bosniak II cyst in the left kidney.           | null                                    | null
          A 30 mm simple cyst in the left kidney.               | null                                    | null
          A 25 mm solid enhancing lesion in the right kidney.   | CT or MRI kidneys (renal protocol)      | 30
          """)
  void followsBosniakForRenalLesions(String sentence, String procedure, Integer maxDays) {
    List<FollowUp> followUps =
        report().findings(sentence).with("renal_lesion", "lesion", 30).fromGuidelines();

    assertThat(followUps.stream().map(FollowUp::procedure).findFirst().orElse(null))
        .isEqualTo(procedure);
    assertThat(followUps.stream().map(FollowUp::maxDays).findFirst().orElse(null))
        .isEqualTo(maxDays);
  }

  @ParameterizedTest(name = "pancreatic cyst {0} mm: {1} days")
  @CsvSource({"8, 730", "14.9, 730", "15, 365", "25, 365", "26, 180"})
  void followsTheAcrPancreaticCystSizeBands(double mm, int days) {
    assertThat(
            report()
                .findings("Pancreatic cyst in the body of the pancreas.")
                .with("pancreatic_cyst", "cyst", mm)
                .fromGuidelines())
        .singleElement()
        .extracting(FollowUp::maxDays)
        .isEqualTo(days);
  }

  @Test
  void advisesEndoscopicUltrasoundForAPancreaticCystWithAMuralNodule() {
    assertThat(
            report()
                .findings("A 12 mm pancreatic cyst with an enhancing mural nodule.")
                .with("pancreatic_cyst", "cyst", 12)
                .fromGuidelines())
        .singleElement()
        .extracting(FollowUp::procedure)
        .isEqualTo("endoscopic ultrasound referral");
  }

  @Test
  void advisesMriForASmallLiverLesionOnlyInACirrhoticLiver() {
    assertThat(
            report()
                .findings("A 6 mm hypodense liver lesion.")
                .with("liver_lesion", "lesion", 6)
                .fromGuidelines())
        .isEmpty();
    assertThat(
            report()
                .sentence(SectionKind.INDICATION, "Known cirrhosis.")
                .findings("A 6 mm hypodense liver lesion.")
                .with("liver_lesion", "lesion", 6)
                .fromGuidelines())
        .singleElement()
        .extracting(FollowUp::procedure)
        .isEqualTo("MRI liver");
  }

  @Test
  void derivesNoFollowUpForAHepaticHaemangioma() {
    assertThat(
            report()
                .findings("A 25 mm haemangioma in segment 6.")
                .with("liver_lesion", "haemangioma", 25)
                .fromGuidelines())
        .isEmpty();
  }

  @ParameterizedTest(name = "simple ovarian cyst {0} mm, {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          45 | Premenopausal.  | null
          60 | Premenopausal.  | 365
          30 | Postmenopausal. | 365
          8  | Postmenopausal. | null
          30 | Pelvic pain.    | 365
          80 | Premenopausal.  | 90
          """)
  void followsTheSruThresholdsForSimpleOvarianCysts(double mm, String indication, Integer days) {
    List<FollowUp> followUps =
        report()
            .sentence(SectionKind.INDICATION, indication)
            .findings("Simple cyst in the right ovary.")
            .with("ovarian_lesion", "cyst", mm)
            .fromGuidelines();

    assertThat(followUps.stream().map(FollowUp::maxDays).findFirst().orElse(null)).isEqualTo(days);
  }
}
