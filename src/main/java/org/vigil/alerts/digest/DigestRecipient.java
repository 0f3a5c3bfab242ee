package org.vigil.alerts.digest;

/** A clinician who may get a digest: their Vigil user and email address. */
record DigestRecipient(String user, String email) {}
