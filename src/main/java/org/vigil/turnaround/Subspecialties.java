package org.vigil.turnaround;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reporting subspecialty of an examination, for the worklist's filter: from its body part
 * (OBR-15 / procedure) by the words below, first match wins; mammography is breast whatever the
 * body part. Examinations whose body part names none of these are GENERAL.
 */
public final class Subspecialties {

  static final Map<String, List<String>> WORDS = words();

  private Subspecialties() {}

  static String of(String modality, String bodyPart, String procedureName) {
    if ("MG".equalsIgnoreCase(modality)) {
      return "BREAST";
    }
    String text = ((bodyPart == null ? "" : bodyPart) + " "
        + (procedureName == null ? "" : procedureName)).toUpperCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> e : WORDS.entrySet()) {
      for (String word : e.getValue()) {
        if (text.contains(word)) {
          return e.getKey();
        }
      }
    }
    return "GENERAL";
  }

  public static List<String> all() {
    List<String> all = new java.util.ArrayList<>(WORDS.keySet());
    all.add("GENERAL");
    return all;
  }

  private static Map<String, List<String>> words() {
    Map<String, List<String>> w = new LinkedHashMap<>();
    w.put("NEURO", List.of("HEAD", "BRAIN", "SKULL", "SPINE", "NECK", "ORBIT", "SINUS", "PITUIT"));
    w.put("BREAST", List.of("BREAST", "MAMMO"));
    w.put("CARDIAC", List.of("HEART", "CARDIAC", "CORONARY"));
    w.put("VASCULAR", List.of("AORT", "CAROTID", "VENOUS", "ARTER", "VASCULAR"));
    w.put("CHEST", List.of("CHEST", "THORAX", "LUNG", "PULMONARY"));
    w.put("BODY", List.of("ABDO", "LIVER", "KIDNEY", "RENAL", "BOWEL", "COLON", "PANCREAS",
        "PROSTATE", "BLADDER", "URINARY"));
    w.put("MSK", List.of("KNEE", "HIP", "SHOULDER", "ANKLE", "WRIST", "ELBOW", "HAND", "FOOT",
        "FEMUR", "TIBIA", "HUMERUS", "PELVIS", "LIMB", "JOINT"));
    return w;
  }
}
