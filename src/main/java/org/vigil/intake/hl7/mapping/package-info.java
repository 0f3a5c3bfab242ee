/**
 * A parsed HL7 v2 message to the imaging-record commands it asks for: ADT to patient changes,
 * ORM/OMI to orders, ORU to reports. Field readers, HL7 times and formatted text, order units
 * (ORC/OBR groups), status, priority, modality and abnormal-flag tables live here.
 */
package org.vigil.intake.hl7.mapping;
