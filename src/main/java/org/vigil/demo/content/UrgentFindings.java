package org.vigil.demo.content;

import static org.vigil.demo.content.ExamKind.*;
import static org.vigil.demo.content.Significance.CRITICAL;
import static org.vigil.demo.content.Significance.URGENT;

import java.util.List;
import java.util.Set;
import org.vigil.demo.content.Abnormality.Context;
import org.vigil.demo.content.Abnormality.Template;

/** Critical and urgent findings, worded as UK radiologists write them. */
final class UrgentFindings {

  static final List<Template> ALL = List.of(
      new Template(CRITICAL, Set.of(XR_CHEST, CT_CHEST, CT_CTPA), UrgentFindings::pneumothorax),
      new Template(CRITICAL, Set.of(CT_CTPA), UrgentFindings::pulmonaryEmbolism),
      new Template(CRITICAL, Set.of(CT_HEAD), UrgentFindings::subduralHaematoma),
      new Template(CRITICAL, Set.of(CT_HEAD, MR_HEAD), UrgentFindings::intracerebralHaemorrhage),
      new Template(CRITICAL, Set.of(CT_AORTA, CT_CTPA, CT_CAP), UrgentFindings::aorticDissection),
      new Template(CRITICAL, Set.of(XR_CHEST, XR_ABDOMEN, CT_ABDOMEN), UrgentFindings::freeGas),
      new Template(CRITICAL, Set.of(CT_ABDOMEN, CT_AORTA), UrgentFindings::rupturedAneurysm),
      new Template(CRITICAL, Set.of(MR_SPINE), UrgentFindings::cordCompression),
      new Template(CRITICAL, Set.of(XR_CHEST), UrgentFindings::misplacedNasogastricTube),
      new Template(CRITICAL, Set.of(CT_CSPINE), UrgentFindings::odontoidFracture),
      new Template(CRITICAL, Set.of(US_TESTES), UrgentFindings::torsion),
      new Template(URGENT, Set.of(CT_CTPA), UrgentFindings::segmentalEmbolus),
      new Template(URGENT, Set.of(XR_BONE), UrgentFindings::fracture),
      new Template(URGENT, Set.of(US_DVT), UrgentFindings::deepVeinThrombosis),
      new Template(URGENT, Set.of(CT_ABDOMEN), UrgentFindings::appendicitis),
      new Template(URGENT, Set.of(CT_KUB, US_RENAL), UrgentFindings::obstructingCalculus));

  private UrgentFindings() {}

  private static Abnormality pneumothorax(Context c) {
    String side = c.side();
    String other = side.equals("right") ? "left" : "right";
    String rim = c.decimal(2.5, 5.5);
    return new Abnormality(CRITICAL, "pneumothorax", "Sudden onset pleuritic chest pain. ?PTX",
        List.of("There is a large " + side + "-sided pneumothorax with a " + rim
                + " cm rim at the level of the hilum.",
            "The mediastinum is shifted to the " + other + " and the " + side
                + " hemidiaphragm is depressed, features concerning for tension.",
            "No rib fracture is identified. The " + other + " lung is clear."),
        List.of("Large " + side + " pneumothorax with mediastinal shift: tension pneumothorax"
            + " cannot be excluded. Needs immediate decompression."));
  }

  private static Abnormality pulmonaryEmbolism(Context c) {
    String ratio = c.decimal(1.1, 1.6);
    return new Abnormality(CRITICAL, "pulmonary_embolism", "Breathless, tachycardic, raised D-dimer. ?PE",
        List.of("Good opacification of the pulmonary arteries.",
            "Large filling defects straddle the bifurcation of the main pulmonary artery"
                + " and extend into the lobar and segmental arteries of both lungs.",
            "The RV:LV ratio is " + ratio + " with reflux of contrast into the IVC and hepatic"
                + " veins, in keeping with right heart strain.",
            "No consolidation or pleural effusion."),
        List.of("Extensive bilateral pulmonary emboli (saddle embolus) with CT evidence of right"
            + " heart strain."));
  }

  private static Abnormality subduralHaematoma(Context c) {
    String side = c.side();
    int depth = c.between(8, 16);
    int shift = c.between(4, 10);
    return new Abnormality(CRITICAL, "subdural_haematoma",
        "Fall at home, on apixaban, GCS 13. ?bleed",
        List.of("There is an acute subdural haematoma over the " + side + " cerebral convexity,"
                + " measuring " + depth + " mm in maximal depth.",
            "There is " + shift + " mm of midline shift with effacement of the " + side
                + " lateral ventricle. The basal cisterns remain patent.",
            "No skull vault fracture. No established infarct."),
        List.of("Acute " + side + " subdural haematoma with " + shift + " mm midline shift."
            + " Urgent neurosurgical referral advised."));
  }

  private static Abnormality intracerebralHaemorrhage(Context c) {
    String size = c.decimal(2.0, 4.5);
    return new Abnormality(CRITICAL, "intraparenchymal_haemorrhage",
        "Sudden left sided weakness and dysarthria, onset 2 hours. ?stroke",
        List.of("There is a " + size + " cm acute intraparenchymal haemorrhage centred on the right"
                + " basal ganglia with intraventricular extension.",
            "Surrounding oedema causes effacement of the right lateral ventricle.",
            "No hydrocephalus at present."),
        List.of("Acute right basal ganglia haemorrhage with intraventricular extension."));
  }

  private static Abnormality aorticDissection(Context c) {
    return new Abnormality(CRITICAL, "aortic_dissection", "Tearing chest pain radiating to the back.",
        List.of("An intimal flap arises in the ascending aorta just above the sinotubular"
                + " junction and extends through the arch into the descending thoracic aorta.",
            "The flap extends to the level of the renal arteries; the left renal artery arises"
                + " from the false lumen.",
            "Small haemopericardium. The ascending aorta measures " + c.between(45, 58) + " mm."),
        List.of("Stanford type A aortic dissection with haemopericardium."));
  }

  private static Abnormality freeGas(Context c) {
    return new Abnormality(CRITICAL, "pneumoperitoneum", "Acute abdominal pain, peritonitic.",
        List.of("There is free intraperitoneal gas beneath both hemidiaphragms.",
            "Features are in keeping with a perforated viscus."),
        List.of("Pneumoperitoneum in keeping with bowel perforation."));
  }

  private static Abnormality rupturedAneurysm(Context c) {
    String diameter = c.decimal(6.2, 8.5);
    return new Abnormality(CRITICAL, "abdominal_aortic_aneurysm",
        "Collapse with back pain, hypotensive. Known AAA.",
        List.of("Infrarenal abdominal aortic aneurysm measuring " + diameter + " cm in maximal"
                + " AP diameter.",
            "There is a large left retroperitoneal haematoma with active contrast extravasation"
                + " from the posterolateral wall of the aneurysm."),
        List.of("Ruptured infrarenal AAA (" + diameter + " cm) with active bleeding."));
  }

  private static Abnormality cordCompression(Context c) {
    int level = c.between(6, 11);
    return new Abnormality(CRITICAL, "cord_compression",
        (c.female() ? "Known breast cancer." : "Known prostate cancer.")
            + " Back pain and new bilateral leg weakness.",
        List.of("Pathological collapse of the T" + level + " vertebral body with retropulsion of"
                + " tumour into the canal.",
            "There is compression of the spinal cord at T" + level + " with cord signal change.",
            "Further metastatic deposits at T" + (level - 3) + " and L2 without cord compromise."),
        List.of("Metastatic spinal cord compression at T" + level + "."));
  }

  private static Abnormality misplacedNasogastricTube(Context c) {
    return new Abnormality(CRITICAL, "nasogastric_tube_misplaced", "NG tube position check.",
        List.of("The nasogastric tube passes down the right main bronchus and its tip projects"
                + " over the right lower lobe.",
            "Lungs otherwise clear."),
        List.of("Nasogastric tube in the right lower lobe bronchus. DO NOT USE. Remove and"
            + " reinsert."));
  }

  private static Abnormality odontoidFracture(Context c) {
    return new Abnormality(CRITICAL, "unstable_spinal_fracture", "Fall down stairs, neck pain. NEXUS positive.",
        List.of("Displaced fracture through the base of the odontoid peg with " + c.between(3, 6)
                + " mm posterior displacement.",
            "Prevertebral soft tissue swelling. The remainder of the cervical spine is intact."),
        List.of("Type II odontoid peg fracture, potentially unstable. Maintain spinal"
            + " immobilisation."));
  }

  private static Abnormality torsion(Context c) {
    String side = c.side();
    return new Abnormality(CRITICAL, "testicular_torsion", "Sudden onset " + side + " testicular pain.",
        List.of("The " + side + " testis is enlarged and heterogeneous with no detectable"
                + " intratesticular flow on colour Doppler.",
            "A whirlpool twist of the spermatic cord is seen. The other testis is normal."),
        List.of("Appearances in keeping with " + side + " testicular torsion."));
  }

  private static Abnormality segmentalEmbolus(Context c) {
    return new Abnormality(URGENT, "pulmonary_embolism", "Pleuritic chest pain, Wells score 5.",
        List.of("Filling defects in the " + c.side() + " lower lobe segmental and subsegmental"
                + " arteries.",
            "No right heart strain. No infarct."),
        List.of("Segmental pulmonary emboli without right heart strain."));
  }

  private static Abnormality fracture(Context c) {
    Procedure p = c.procedure();
    return new Abnormality(URGENT, p.bone().contains("femoral neck") ? "hip_fracture" : "fracture",
        "Fall onto " + p.part() + ". Pain and swelling.",
        List.of("There is an acute " + c.oneOf(List.of("undisplaced", "minimally displaced",
                "displaced")) + " fracture of the " + p.bone() + ".",
            "No dislocation. Soft tissue swelling."),
        List.of("Fracture of the " + p.bone() + "."));
  }

  private static Abnormality deepVeinThrombosis(Context c) {
    return new Abnormality(URGENT, "deep_vein_thrombosis", "Swollen painful left calf. Wells 3.",
        List.of("Non-compressible echogenic thrombus fills the left common femoral, femoral"
                + " and popliteal veins.",
            "No flow on colour Doppler in the popliteal vein."),
        List.of("Occlusive left proximal deep vein thrombosis."));
  }

  private static Abnormality appendicitis(Context c) {
    return new Abnormality(URGENT, "appendicitis", "RIF pain, raised CRP & WCC.",
        List.of("The appendix is thick walled and dilated to " + c.between(10, 15) + " mm with"
                + " periappendiceal fat stranding and an appendicolith.",
            "No free gas. No collection."),
        List.of("Acute appendicitis without perforation."));
  }

  private static Abnormality obstructingCalculus(Context c) {
    String side = c.side();
    return new Abnormality(URGENT, "hydronephrosis", side.substring(0, 1).toUpperCase()
            + side.substring(1) + " loin to groin pain, pyrexial.",
        List.of("A " + c.between(6, 11) + " mm calculus lies at the " + side + " vesicoureteric"
                + " junction with moderate " + side + " hydroureteronephrosis and perinephric"
                + " stranding."),
        List.of("Obstructing " + side + " VUJ calculus. In the presence of pyrexia, urgent"
            + " urological review for decompression is advised."));
  }
}
