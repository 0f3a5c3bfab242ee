/**
 * The clinician directory: every clinician and team the feeds name (HL7 XCN and PV1-10, FHIR
 * Practitioner references), keyed by assigning authority and code, with the Vigil user and email
 * an administrator links to each. Alerts route through it; intake fills it as messages arrive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinician directory",
    allowedDependencies = {})
package org.vigil.directory;
