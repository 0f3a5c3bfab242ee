package org.vigil.demo.content;

import java.util.List;

/**
 * Wording for reports without a significant finding: the clinical question, the normal
 * findings (with the negations radiologists write) and a conclusion. Some carry minor expected
 * abnormalities or hedges that must not alert.
 */
final class NormalReports {

  /** Clinical question, findings lines, conclusion lines. */
  record Wording(List<String> questions, List<List<String>> findings, List<String> conclusions) {}

  private NormalReports() {}

  static Wording of(ExamKind kind, Procedure procedure) {
    return switch (kind) {
      case XR_CHEST -> new Wording(
          List.of("Shortness of breath, ?infection.", "Chest pain. ?PTX", "Cough for 3 weeks.",
              "Pre-operative assessment.", "Fever & productive cough, ?LRTI"),
          List.of(List.of("The lungs are clear. No pneumothorax.",
                  "Heart size is normal. No pleural effusion."),
              List.of("Patchy consolidation in the right lower zone in keeping with infection.",
                  "No pleural effusion. No pneumothorax."),
              List.of("Minor bibasal atelectasis. No focal consolidation.",
                  "Heart not enlarged. Costophrenic angles are clear.")),
          List.of("No acute cardiopulmonary abnormality.", "Right lower zone pneumonia."
              + " Suggest repeat radiograph in 6 weeks to confirm resolution.",
              "No significant abnormality."));
      case XR_ABDOMEN -> new Wording(List.of("Abdominal pain and vomiting, ?obstruction."),
          List.of(List.of("Normal bowel gas pattern. No dilated loops of bowel.",
              "No evidence of free gas on this supine film.")),
          List.of("No radiographic evidence of bowel obstruction."));
      case XR_BONE -> new Wording(
          List.of("Fall onto " + procedure.part() + ". ?fracture", "Pain in " + procedure.part()
              + " for 2 months."),
          List.of(List.of("No acute bony injury is seen. Joint alignment is maintained.",
                  "Soft tissues are unremarkable."),
              List.of("No fracture is demonstrated. Mild degenerative change.",
                  "If there is ongoing clinical concern for an occult fracture, repeat imaging"
                      + " in 10-14 days is suggested.")),
          List.of("No fracture.", "No acute bony injury. Degenerative change."));
      case CT_CSPINE -> new Wording(
          List.of("Fall down stairs, neck pain. NEXUS positive.", "RTC at speed, neck pain."),
          List.of(List.of("No cervical spine fracture or malalignment.",
              "Prevertebral soft tissues are normal. Degenerative change at C5/6.")),
          List.of("No cervical spine fracture."));
      case XR_SPINE, MR_SPINE -> new Wording(
          List.of("Low back pain with left sciatica, no red flags.", "Neck pain after a fall."),
          List.of(List.of("Normal vertebral body heights and alignment.",
                  "Multilevel degenerative disc disease, most marked at L4/5 and L5/S1.",
                  "No cord or cauda equina compression."),
              List.of("No fracture or malalignment.", "The spinal canal is of normal calibre.")),
          List.of("Degenerative change without neural compromise.",
              "No acute abnormality."));
      case CT_HEAD, MR_HEAD -> new Wording(
          List.of("Headache and vomiting. ?SAH", "Fall, head injury, on warfarin.",
              "Confusion. ?stroke"),
          List.of(List.of("No intracranial haemorrhage, mass lesion or established infarct.",
                  "The ventricles and sulci are appropriate for age.",
                  "Mild periventricular white matter low attenuation in keeping with small"
                      + " vessel disease."),
              List.of("No acute intracranial abnormality. No skull fracture.",
                  "Grey-white matter differentiation is preserved.")),
          List.of("No acute intracranial abnormality.", "Age-related change only."));
      case CT_CTPA -> new Wording(List.of("Pleuritic chest pain, raised D-dimer. ?PE",
              "Breathless post-op day 3. ?PE"),
          List.of(List.of("Adequate opacification of the pulmonary arteries.",
              "No filling defect to suggest pulmonary embolism.",
              "No consolidation, effusion or pneumothorax.")),
          List.of("No pulmonary embolism."));
      case CT_CAP, CT_CHEST -> new Wording(
          List.of("Weight loss, raised CA19-9.", "Staging, known colorectal cancer.",
              "Persistent cough & haemoptysis in an ex-smoker."),
          List.of(List.of("No mediastinal, hilar or axillary lymphadenopathy.",
                  "The lungs are clear. No pulmonary nodules.",
                  "Liver, spleen, pancreas, adrenals and kidneys are unremarkable.",
                  "No free fluid. No destructive bone lesion."),
              List.of("Stable appearances compared with the CT of last year.",
                  "No evidence of local recurrence or metastatic disease.")),
          List.of("No evidence of malignancy.", "No evidence of metastatic disease."));
      case CT_ABDOMEN, US_ABDOMEN -> new Wording(
          List.of("RUQ pain, deranged LFTs.", "Abdominal pain, raised inflammatory markers.",
              "Abnormal LFTs."),
          List.of(List.of("The liver is of normal size and echotexture. No focal lesion.",
                  "The gallbladder contains multiple small calculi. No wall thickening.",
                  "The common bile duct measures 4 mm.",
                  "Pancreas, spleen and kidneys are unremarkable."),
              List.of("No focal abnormality. No free fluid or collection.",
                  "Normal appendix. No bowel obstruction.")),
          List.of("Cholelithiasis without cholecystitis.", "No acute abnormality."));
      case CT_AORTA, US_AORTA -> new Wording(List.of("Chest pain radiating to the back.",
              "AAA screening follow-up."),
          List.of(List.of("The aorta is of normal calibre throughout with no dissection flap.",
              "Mild atherosclerotic calcification.")),
          List.of("No aortic dissection or aneurysm."));
      case CT_KUB, US_RENAL -> new Wording(List.of("Right loin pain, microscopic haematuria.",
              "Recurrent UTI.", "AKI."),
          List.of(List.of("No renal or ureteric calculus. No hydronephrosis.",
                  "Both kidneys are of normal size. Simple cyst in the left lower pole."),
              List.of("Normal kidneys. The bladder is unremarkable.")),
          List.of("No urinary tract calculus or obstruction.", "Normal renal tract."));
      case MR_JOINT -> new Wording(List.of("Twisting injury, locking. ?meniscal tear"),
          List.of(List.of("Horizontal tear of the posterior horn of the medial meniscus.",
              "Cruciate and collateral ligaments are intact.", "Small joint effusion.")),
          List.of("Medial meniscal tear."));
      case MR_PROSTATE -> new Wording(List.of("PSA 5.2, benign DRE."),
          List.of(List.of("Prostate volume 48 ml. Benign prostatic hyperplasia of the transition"
              + " zone.", "No focal lesion in the peripheral zone. No lymphadenopathy.")),
          List.of("PI-RADS 2. No suspicious lesion."));
      case US_THYROID -> new Wording(List.of("Neck swelling."),
          List.of(List.of("Both lobes are of normal size.",
              "Several small spongiform nodules (U2), the largest 7 mm.")),
          List.of("Benign U2 nodules. No further imaging needed."));
      case US_PELVIS -> new Wording(List.of("Post-menopausal bleeding.", "Pelvic pain."),
          List.of(List.of("The uterus is anteverted. Endometrial thickness 3 mm.",
              "Both ovaries are normal. No free fluid.")),
          List.of("Normal pelvic ultrasound."));
      case US_DVT -> new Wording(List.of("Swollen left leg. ?DVT"),
          List.of(List.of("The common femoral, femoral and popliteal veins are fully"
              + " compressible with normal flow.", "No deep vein thrombosis.")),
          List.of("No DVT."));
      case US_TESTES -> new Wording(List.of("Testicular pain."),
          List.of(List.of("Both testes are normal in size and echotexture with symmetrical"
              + " flow.", "Small left epididymal cyst.")),
          List.of("No torsion. Small epididymal cyst."));
      case NM_BONE, PET_CT -> new Wording(List.of("Staging, known prostate cancer.",
              "Restaging after treatment."),
          List.of(List.of("Degenerative uptake in both knees and the lower lumbar spine.",
              "No uptake to suggest skeletal metastases.")),
          List.of("No evidence of metastatic disease."));
      case NM_VQ -> new Wording(List.of("Pleuritic chest pain, contrast allergy. ?PE"),
          List.of(List.of("Perfusion is normal throughout both lungs.")),
          List.of("Normal perfusion scan: PE excluded."));
    };
  }
}
