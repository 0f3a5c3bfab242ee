/**
 * The web front: sign-in and roles (Spring Security), the server-rendered pages a clinician reads
 * (examinations, patients, reports) and the JSON API over the imaging record. Reads the record
 * through its public repositories; never changes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.vigil.web;
