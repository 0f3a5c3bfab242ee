package org.vigil.demo.content;

import static org.vigil.demo.content.ExamKind.*;
import static org.vigil.demo.content.Significance.CANCER;

import java.util.List;
import java.util.Set;
import org.vigil.demo.content.Abnormality.Context;
import org.vigil.demo.content.Abnormality.Template;

/** Suspected new cancers, naming the likely primary site so the right team is asked. */
final class CancerFindings {

  static final List<Template> ALL = List.of(
      new Template(CANCER, Set.of(XR_CHEST), CancerFindings::lungMassOnRadiograph),
      new Template(CANCER, Set.of(CT_CAP, CT_CHEST), CancerFindings::lungCancerOnCt),
      new Template(CANCER, Set.of(CT_CAP, CT_ABDOMEN), CancerFindings::colonicCancer),
      new Template(CANCER, Set.of(CT_ABDOMEN, US_ABDOMEN), CancerFindings::pancreaticMass),
      new Template(CANCER, Set.of(MR_PROSTATE), CancerFindings::prostate),
      new Template(CANCER, Set.of(NM_BONE, PET_CT), CancerFindings::boneMetastases),
      new Template(CANCER, Set.of(US_THYROID), CancerFindings::thyroidU5),
      new Template(CANCER, Set.of(US_PELVIS), CancerFindings::ovarianMass),
      new Template(CANCER, Set.of(MR_HEAD, CT_HEAD), CancerFindings::brainTumour),
      new Template(CANCER, Set.of(US_RENAL, CT_KUB), CancerFindings::renalMass));

  private CancerFindings() {}

  private static Abnormality lungMassOnRadiograph(Context c) {
    String side = c.side();
    return new Abnormality(CANCER, "lung_mass", "Cough for 6 weeks, ex-smoker, weight loss.",
        List.of("There is a " + c.decimal(2.5, 5.0) + " cm spiculated mass in the " + side
                + " upper zone with ipsilateral hilar enlargement.",
            "No pleural effusion. Heart size normal."),
        List.of("Appearances are highly suspicious for a primary bronchogenic carcinoma in the "
                + side + " upper lobe.",
            "Recommend urgent CT chest and abdomen with contrast and referral to the lung"
                + " cancer MDT."));
  }

  private static Abnormality lungCancerOnCt(Context c) {
    String side = c.side();
    int size = c.between(28, 62);
    return new Abnormality(CANCER, "lung_mass", "Haemoptysis, 40 pack year smoker.",
        List.of("There is a " + size + " mm spiculated mass in the " + side + " upper lobe"
                + " abutting the mediastinal pleura.",
            "Enlarged " + side + " hilar and subcarinal lymph nodes, the largest "
                + c.between(14, 22) + " mm in short axis.",
            "A " + c.between(12, 25) + " mm indeterminate " + side + " adrenal nodule.",
            "No bone lesion is seen."),
        List.of(side.substring(0, 1).toUpperCase() + side.substring(1) + " upper lobe mass with"
                + " nodal disease, highly suspicious for primary lung cancer (at least T3 N2).",
            "The adrenal nodule may represent a metastasis. Refer to the lung cancer MDT;"
                + " PET-CT suggested."));
  }

  private static Abnormality colonicCancer(Context c) {
    return new Abnormality(CANCER, "suspected_malignancy", "Change in bowel habit, iron deficiency anaemia.",
        List.of("There is an irregular " + c.between(35, 60) + " mm mass in the sigmoid colon with"
                + " shouldering and adjacent fat stranding.",
            "Several low attenuation liver lesions, the largest " + c.decimal(1.2, 3.5)
                + " cm in segment VII, in keeping with metastases.",
            "No bowel obstruction."),
        List.of("Sigmoid tumour with probable liver metastases. Refer to the colorectal MDT."));
  }

  private static Abnormality pancreaticMass(Context c) {
    return new Abnormality(CANCER, "suspected_malignancy", "Painless jaundice and weight loss.",
        List.of("There is a " + c.between(22, 38) + " mm ill-defined hypoattenuating mass in the"
                + " head of the pancreas.",
            "Dilatation of the common bile duct (" + c.between(11, 16) + " mm) and of the"
                + " pancreatic duct: double duct sign.",
            "The superior mesenteric vein is abutted over less than 180 degrees."),
        List.of("Pancreatic head mass, highly suspicious for adenocarcinoma, with biliary"
            + " obstruction. Refer to the HPB MDT."));
  }

  private static Abnormality prostate(Context c) {
    return new Abnormality(CANCER, "suspected_malignancy", "PSA 14, abnormal DRE.",
        List.of("There is a " + c.between(12, 24) + " mm lesion in the left peripheral zone at"
                + " the mid gland with marked restricted diffusion and early enhancement.",
            "Capsular bulge with suspected extraprostatic extension. Seminal vesicles are spared.",
            "No pelvic lymphadenopathy. No bone lesion."),
        List.of("PI-RADS 5 lesion in the left peripheral zone, likely clinically significant"
            + " prostate cancer. Suggest targeted biopsy."));
  }

  private static Abnormality boneMetastases(Context c) {
    return new Abnormality(CANCER, "metastases", (c.female() ? "Breast" : "Renal") + " cancer 2019, new back pain.",
        List.of("Multiple foci of abnormal increased activity in the thoracic and lumbar spine,"
                + " pelvis and left sixth rib.",
            "The pattern is not in keeping with degenerative change."),
        List.of("Widespread skeletal metastases, likely recurrence of the known"
            + (c.female() ? " breast" : " renal") + " cancer."));
  }

  private static Abnormality thyroidU5(Context c) {
    String side = c.side();
    return new Abnormality(CANCER, "thyroid_nodule", "Palpable " + side + " neck lump.",
        List.of("In the " + side + " lobe there is a " + c.decimal(1.5, 3.2) + " cm solid,"
                + " markedly hypoechoic nodule, taller than wide, with microcalcification.",
            "An abnormal " + side + " level IV lymph node with cystic change."),
        List.of("U5 " + side + " thyroid nodule with an abnormal node: suspicious for"
            + " papillary carcinoma. Recommend FNA of the nodule and node."));
  }

  private static Abnormality ovarianMass(Context c) {
    return new Abnormality(CANCER, "ovarian_lesion", "Bloating, CA125 420.",
        List.of("There is a " + c.between(60, 110) + " mm complex cystic and solid left adnexal"
                + " mass with internal vascularity.",
            "Moderate volume ascites. Omental thickening is suspected."),
        List.of("O-RADS 5 left adnexal mass with ascites, suspicious for ovarian malignancy."
            + " Refer to gynae-oncology."));
  }

  private static Abnormality brainTumour(Context c) {
    return new Abnormality(CANCER, "brain_tumour", "New seizure, headaches for 3 weeks.",
        List.of("There is a " + c.decimal(2.5, 4.5) + " cm mass in the right frontal lobe with"
                + " irregular rim enhancement and central necrosis.",
            "Extensive surrounding vasogenic oedema with 4 mm midline shift."),
        List.of("Right frontal mass: high grade glioma is favoured, a solitary metastasis is the"
            + " differential. Refer to the neuro-oncology MDT."));
  }

  private static Abnormality renalMass(Context c) {
    String side = c.side();
    return new Abnormality(CANCER, "renal_lesion", "Visible haematuria.",
        List.of("There is a " + c.decimal(3.0, 6.5) + " cm solid " + side + " renal mass arising"
                + " from the interpolar region.",
            "The renal vein appears patent."),
        List.of("Solid " + side + " renal mass, suspicious for renal cell carcinoma."
            + " Recommend staging CT chest and urology referral."));
  }
}
