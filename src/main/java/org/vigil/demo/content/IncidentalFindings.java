package org.vigil.demo.content;

import static org.vigil.demo.content.ExamKind.*;
import static org.vigil.demo.content.Significance.SIGNIFICANT;
import static org.vigil.demo.content.Significance.URGENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.demo.content.Abnormality.Context;
import org.vigil.demo.content.Abnormality.Template;

/**
 * Significant unexpected findings that need non-urgent action, most with a follow-up
 * recommendation; some state an interval and guideline, some do not (as most real reports).
 */
final class IncidentalFindings {

  static final List<Template> ALL = List.of(
      new Template(SIGNIFICANT, Set.of(CT_CTPA, CT_CHEST, CT_CAP, CT_ABDOMEN), IncidentalFindings::lungNodule),
      new Template(SIGNIFICANT, Set.of(CT_CTPA, CT_CHEST, CT_CAP), IncidentalFindings::lungNodule),
      new Template(SIGNIFICANT, Set.of(CT_CAP, CT_ABDOMEN, CT_KUB), IncidentalFindings::adrenal),
      new Template(SIGNIFICANT, Set.of(US_ABDOMEN, US_RENAL, CT_ABDOMEN), IncidentalFindings::renalCyst),
      new Template(SIGNIFICANT, Set.of(CT_CHEST, CT_CSPINE, CT_CTPA), IncidentalFindings::thyroid),
      new Template(SIGNIFICANT, Set.of(US_AORTA, CT_ABDOMEN, CT_CAP, CT_KUB, US_ABDOMEN), IncidentalFindings::aneurysm),
      new Template(SIGNIFICANT, Set.of(US_ABDOMEN), IncidentalFindings::liverLesion),
      new Template(SIGNIFICANT, Set.of(CT_ABDOMEN, CT_CAP), IncidentalFindings::pancreaticCyst),
      new Template(SIGNIFICANT, Set.of(XR_CHEST), IncidentalFindings::nodularOpacity));

  private IncidentalFindings() {}

  private static Abnormality lungNodule(Context c) {
    int size = c.between(4, 12);
    String lobe = c.oneOf(List.of("right upper", "right middle", "right lower", "left upper",
        "left lower"));
    String type = c.oneOf(List.of("solid", "solid", "solid", "part-solid", "ground-glass"));
    List<String> conclusion = new ArrayList<>();
    conclusion.add(size + " mm " + type + " nodule in the " + lobe + " lobe.");
    conclusion.add(noduleAdvice(c, size, type));
    return new Abnormality(SIGNIFICANT, "lung_nodule", null,
        List.of("Incidental " + size + " x " + Math.max(3, size - c.between(0, 2)) + " mm " + type
                + " pulmonary nodule in the " + lobe + " lobe (image " + c.between(20, 140) + ").",
            "No further nodules. No lymphadenopathy."),
        conclusion);
  }

  private static String noduleAdvice(Context c, int size, String type) {
    if (size < 6 && type.equals("solid")) {
      return "Likely benign; no routine follow-up is required in a low-risk patient"
          + " (Fleischner 2017).";
    }
    if (c.random().nextInt(3) == 0) {
      return "Suggest follow-up CT."; // no interval, as in most real reports
    }
    if (size > 8) {
      return "Recommend CT chest in 3 months, or PET-CT, as per Fleischner 2017 guidance.";
    }
    return "Recommend follow-up CT chest in 6-12 months (Fleischner 2017).";
  }

  private static Abnormality adrenal(Context c) {
    String side = c.side();
    String size = c.decimal(1.1, 3.6);
    boolean lipidRich = c.random().nextInt(3) == 0;
    int hu = lipidRich ? c.between(-5, 9) : c.between(22, 38);
    return new Abnormality(SIGNIFICANT, "adrenal_lesion", null,
        List.of("Incidental " + size + " cm " + side + " adrenal nodule measuring " + hu + " HU on"
            + (lipidRich ? " the unenhanced images." : " the portal venous phase.")),
        List.of(lipidRich
            ? "Incidental " + side + " adrenal nodule with the features of a lipid-rich"
                + " adenoma. No follow-up required."
            : "Indeterminate " + size + " cm " + side + " adrenal nodule. Recommend adrenal"
                + " protocol CT or chemical shift MRI, and biochemical assessment."));
  }

  private static Abnormality renalCyst(Context c) {
    String size = c.decimal(1.5, 4.0);
    return new Abnormality(SIGNIFICANT, "renal_lesion", null,
        List.of("A " + size + " cm cyst in the " + c.side() + " kidney contains two thin septa"
            + " and a minimally thickened wall (Bosniak IIF)."),
        List.of("Bosniak IIF renal cyst. Recommend follow-up imaging in 6 months, then"
            + " annually for 5 years."));
  }

  private static Abnormality thyroid(Context c) {
    String size = c.decimal(1.0, 2.6);
    return new Abnormality(SIGNIFICANT, "thyroid_nodule", null,
        List.of("Incidental " + size + " cm hypodense nodule in the " + c.side()
            + " lobe of the thyroid."),
        List.of("Incidental thyroid nodule. Recommend thyroid ultrasound."));
  }

  private static Abnormality aneurysm(Context c) {
    int tenths = c.between(30, 59);
    String cm = (tenths / 10) + "." + (tenths % 10);
    Significance significance = tenths >= 55 ? URGENT : SIGNIFICANT;
    return new Abnormality(significance, "abdominal_aortic_aneurysm", null,
        List.of("The infrarenal abdominal aorta is aneurysmal, measuring " + cm + " cm in"
                + " maximal AP diameter, with mural thrombus.",
            "No periaortic stranding or retroperitoneal haematoma."),
        List.of(cm + " cm infrarenal abdominal aortic aneurysm. " + aneurysmAdvice(tenths)));
  }

  private static String aneurysmAdvice(int tenths) {
    if (tenths >= 55) {
      return "Urgent referral to the vascular surgeons is recommended.";
    }
    if (tenths >= 45) {
      return "Refer to vascular surgery; surveillance ultrasound in 3-6 months.";
    }
    if (tenths >= 40) {
      return "Surveillance ultrasound in 1 year is recommended.";
    }
    return tenths >= 35 ? "Surveillance in 2 years." : "Surveillance ultrasound in 3 years.";
  }

  private static Abnormality liverLesion(Context c) {
    return new Abnormality(SIGNIFICANT, "liver_lesion", null,
        List.of("A " + c.decimal(1.2, 2.4) + " cm well-defined hyperechoic lesion in segment "
            + c.oneOf(List.of("IV", "VI", "VII", "VIII")) + " of the liver."),
        List.of("Indeterminate liver lesion, possibly a haemangioma. Recommend MRI liver for"
            + " characterisation."));
  }

  private static Abnormality pancreaticCyst(Context c) {
    return new Abnormality(SIGNIFICANT, "pancreatic_cyst", null,
        List.of("A " + c.decimal(1.0, 2.2) + " cm cystic lesion in the body of the pancreas"
            + " communicates with a side branch of the pancreatic duct."),
        List.of("Probable side-branch IPMN without worrying features. MRI pancreas in 1 year."));
  }

  private static Abnormality nodularOpacity(Context c) {
    return new Abnormality(SIGNIFICANT, "lung_nodule", null,
        List.of("There is a " + c.between(9, 18) + " mm rounded opacity projected over the "
            + c.side() + " mid zone, not seen on the radiograph from 2023."),
        List.of("New nodular opacity. A nipple shadow is possible but a pulmonary nodule cannot"
            + " be excluded. Suggest repeat PA radiograph with nipple markers or CT chest."));
  }
}
