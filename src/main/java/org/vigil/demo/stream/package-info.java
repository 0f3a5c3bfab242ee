/**
 * The demo stream: synthetic patients (with NHS numbers, updates, merges and number changes),
 * their imaging requests and what happens to each one, and the HL7 v2.5.1 messages a PAS and RIS
 * would send about them (ADT, ORM/OMI, ORU), in time order. The same seed and clock give the
 * same messages.
 */
package org.vigil.demo.stream;
