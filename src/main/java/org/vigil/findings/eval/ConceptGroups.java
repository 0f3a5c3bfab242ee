package org.vigil.findings.eval;

import java.util.Map;
import java.util.Set;

/**
 * Which concepts count as CRITICAL for the mention-level critical measure, and which general
 * concepts an engine may add alongside a more specific one without being wrong (an engine that
 * reads "acute subdural haematoma" as both subdural_haematoma and intracranial_haemorrhage has
 * not made a false finding). Data, so a reviewer can read and challenge it.
 */
public final class ConceptGroups {

  /**
   * Concepts that are emergencies whenever affirmed (AoMRC/RCR 2022 critical examples and their
   * direct equivalents). Concepts that are critical only under a condition (pneumothorax only when
   * under tension, pulmonary embolism only with right heart strain) are not here: the report-level
   * category measure covers those.
   */
  public static final Set<String> CRITICAL =
      Set.of(
          "aortic_dissection",
          "aortic_rupture",
          "intramural_haematoma",
          "cardiac_tamponade",
          "airway_foreign_body",
          "acute_limb_ischaemia",
          "intracranial_haemorrhage",
          "subarachnoid_haemorrhage",
          "subdural_haematoma",
          "extradural_haematoma",
          "intraparenchymal_haemorrhage",
          "intraventricular_haemorrhage",
          "large_vessel_occlusion",
          "cerebral_herniation",
          "cord_compression",
          "cauda_equina_compression",
          "unstable_spinal_fracture",
          "pneumoperitoneum",
          "bowel_perforation",
          "bowel_ischaemia",
          "active_haemorrhage",
          "testicular_torsion",
          "ovarian_torsion",
          "ectopic_pregnancy",
          "nasogastric_tube_misplaced",
          "endotracheal_tube_malpositioned",
          "necrotising_fasciitis",
          "alert_code_critical");

  /** A specific concept and the general ones it implies. */
  static final Map<String, Set<String>> GENERAL =
      Map.ofEntries(
          Map.entry("subarachnoid_haemorrhage", Set.of("intracranial_haemorrhage")),
          Map.entry("subdural_haematoma", Set.of("intracranial_haemorrhage")),
          Map.entry("extradural_haematoma", Set.of("intracranial_haemorrhage")),
          Map.entry("intraparenchymal_haemorrhage", Set.of("intracranial_haemorrhage")),
          Map.entry("intraventricular_haemorrhage", Set.of("intracranial_haemorrhage")),
          Map.entry("cauda_equina_compression", Set.of("cord_compression")),
          Map.entry("unstable_spinal_fracture", Set.of("spinal_fracture", "fracture")),
          Map.entry("spinal_fracture", Set.of("fracture")),
          Map.entry("hip_fracture", Set.of("fracture")),
          Map.entry("scaphoid_fracture", Set.of("fracture")),
          Map.entry("skull_fracture", Set.of("fracture")),
          Map.entry("pathological_fracture", Set.of("fracture", "bone_lesion")),
          Map.entry("cardiac_tamponade", Set.of("pericardial_effusion")),
          Map.entry("cerebral_herniation", Set.of("mass_effect")),
          Map.entry("lung_mass", Set.of("suspected_malignancy")),
          Map.entry("brain_tumour", Set.of("suspected_malignancy")),
          Map.entry("lymphoma", Set.of("suspected_malignancy", "lymphadenopathy")),
          Map.entry("metastases", Set.of("suspected_malignancy")),
          Map.entry("breast_lesion", Set.of("suspected_malignancy")),
          Map.entry("epidural_abscess", Set.of("abscess")),
          // finer ids a knowledge base may add beyond the documented list
          Map.entry("oesophageal_perforation", Set.of("bowel_perforation")),
          Map.entry("anastomotic_leak", Set.of("bowel_perforation")),
          Map.entry("benign_intracranial_tumour", Set.of("brain_tumour")));

  private ConceptGroups() {}

  /** The general concepts a specific one implies ("subdural_haematoma" -> intracranial_haemorrhage). */
  public static Set<String> generalOf(String concept) {
    return GENERAL.getOrDefault(concept, Set.of());
  }
}
