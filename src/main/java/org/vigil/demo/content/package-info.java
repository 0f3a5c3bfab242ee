/**
 * What the demo messages are about: the synthetic trust (sites, teams, clinicians, GP practices),
 * the examinations it orders and their priorities, and the report text its radiologists write,
 * normal or with incidental, urgent, cancer or critical findings; with the HL7 text helpers
 * (escaping, timestamps, segments) their codings use.
 */
package org.vigil.demo.content;
