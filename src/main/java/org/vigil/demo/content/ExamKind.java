package org.vigil.demo.content;

/** Families of examinations that share report wording. */
public enum ExamKind {
  XR_CHEST,
  XR_ABDOMEN,
  XR_BONE,
  XR_SPINE,
  CT_HEAD,
  CT_CAP,
  CT_CTPA,
  CT_ABDOMEN,
  CT_AORTA,
  CT_CSPINE,
  CT_KUB,
  CT_CHEST,
  MR_HEAD,
  MR_SPINE,
  MR_JOINT,
  MR_PROSTATE,
  US_ABDOMEN,
  US_RENAL,
  US_THYROID,
  US_PELVIS,
  US_DVT,
  US_TESTES,
  US_AORTA,
  NM_BONE,
  NM_VQ,
  PET_CT
}
