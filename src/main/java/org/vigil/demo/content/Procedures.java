package org.vigil.demo.content;

import static org.vigil.demo.content.ExamKind.*;

import java.util.List;
import java.util.Random;

/** The catalogue of examinations the demo trust performs, grouped by the way they are requested. */
public final class Procedures {

  public static final List<Procedure> ED = List.of(
      p("XCHES", "XR Chest", "DX", XR_CHEST),
      p("XCHES", "XR Chest", "DX", XR_CHEST),
      p("XWRIR", "XR Wrist Right", "DX", XR_BONE, "right wrist", "right distal radius"),
      p("XANKL", "XR Ankle Left", "DX", XR_BONE, "left ankle", "left lateral malleolus"),
      p("XHIPL", "XR Hip Left", "DX", XR_BONE, "left hip", "left femoral neck"),
      p("XSCAR", "XR Scaphoid Right", "DX", XR_BONE, "right scaphoid", "right scaphoid waist"),
      p("XFOOL", "XR Foot Left", "DX", XR_BONE, "left foot", "base of the left fifth metatarsal"),
      p("XHANR", "XR Hand Right", "DX", XR_BONE, "right hand", "right fifth metacarpal neck"),
      p("XABDO", "XR Abdomen", "DX", XR_ABDOMEN),
      p("CHEAD", "CT Head", "CT", CT_HEAD),
      p("CHEAD", "CT Head", "CT", CT_HEAD),
      p("CPULA", "CT Pulmonary angiogram", "CT", CT_CTPA),
      p("CABPEC", "CT Abdomen and pelvis with contrast", "CT", CT_ABDOMEN),
      p("CAORTA", "CT Angiogram aorta", "CT", CT_AORTA),
      p("CCSPI", "CT Cervical spine", "CT", CT_CSPINE),
      p("CKUB", "CT Kidneys ureters bladder", "CT", CT_KUB),
      p("UTEST", "US Testes", "US", US_TESTES));

  public static final List<Procedure> INPATIENT = List.of(
      p("XCHES", "XR Chest", "DX", XR_CHEST),
      p("XCHES", "XR Chest", "DX", XR_CHEST),
      p("XABDO", "XR Abdomen", "DX", XR_ABDOMEN),
      p("CHEAD", "CT Head", "CT", CT_HEAD),
      p("CPULA", "CT Pulmonary angiogram", "CT", CT_CTPA),
      p("CABPEC", "CT Abdomen and pelvis with contrast", "CT", CT_ABDOMEN),
      p("CCHAPC", "CT Chest abdomen and pelvis with contrast", "CT", CT_CAP),
      p("MHEAD", "MRI Head", "MR", MR_HEAD),
      p("MWSPI", "MRI Whole spine", "MR", MR_SPINE),
      p("UABDO", "US Abdomen", "US", US_ABDOMEN),
      p("UKIDB", "US Kidneys and bladder", "US", US_RENAL),
      p("UDVTL", "US Doppler leg veins Left", "US", US_DVT),
      p("NLUNP", "NM Lung ventilation perfusion", "NM", NM_VQ));

  public static final List<Procedure> OUTPATIENT = List.of(
      p("XCHES", "XR Chest", "DX", XR_CHEST),
      p("XKNEL", "XR Knee Left", "DX", XR_BONE, "left knee", "left lateral tibial plateau"),
      p("XSHOR", "XR Shoulder Right", "DX", XR_BONE, "right shoulder", "right humeral surgical neck"),
      p("XLSPI", "XR Lumbar spine", "DX", XR_SPINE),
      p("CCHAPC", "CT Chest abdomen and pelvis with contrast", "CT", CT_CAP),
      p("CCHEC", "CT Chest with contrast", "CT", CT_CHEST),
      p("CKUB", "CT Kidneys ureters bladder", "CT", CT_KUB),
      p("MHEAD", "MRI Head", "MR", MR_HEAD),
      p("MLSPI", "MRI Lumbar spine", "MR", MR_SPINE),
      p("MKNER", "MRI Knee Right", "MR", MR_JOINT, "right knee", null),
      p("MPROS", "MRI Prostate multiparametric", "MR", MR_PROSTATE),
      p("UABDO", "US Abdomen", "US", US_ABDOMEN),
      p("UABDO", "US Abdomen", "US", US_ABDOMEN),
      p("UKIDB", "US Kidneys and bladder", "US", US_RENAL),
      p("UTHYR", "US Thyroid", "US", US_THYROID),
      p("UPELT", "US Pelvis transabdominal and transvaginal", "US", US_PELVIS),
      p("UAAAS", "US Abdominal aorta", "US", US_AORTA),
      p("NBONW", "NM Bone scan whole body", "NM", NM_BONE),
      p("NPETF", "PET-CT FDG half body", "PT", PET_CT));

  /** Two-week-wait (suspected cancer) pathways mostly ask for these. */
  public static final List<Procedure> CANCER_PATHWAY = List.of(
      p("XCHES", "XR Chest", "DX", XR_CHEST),
      p("CCHAPC", "CT Chest abdomen and pelvis with contrast", "CT", CT_CAP),
      p("CCHEC", "CT Chest with contrast", "CT", CT_CHEST),
      p("MPROS", "MRI Prostate multiparametric", "MR", MR_PROSTATE),
      p("UTHYR", "US Thyroid", "US", US_THYROID),
      p("UPELT", "US Pelvis transabdominal and transvaginal", "US", US_PELVIS),
      p("UABDO", "US Abdomen", "US", US_ABDOMEN));

  private Procedures() {}

  public static Procedure pick(List<Procedure> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static Procedure p(String code, String name, String modality, ExamKind kind) {
    return new Procedure(code, name, modality, kind, null, null);
  }

  private static Procedure p(String code, String name, String modality, ExamKind kind, String part,
      String bone) {
    return new Procedure(code, name, modality, kind, part, bone);
  }
}
