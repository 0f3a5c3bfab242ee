/**
 * Demo data: a deterministic, seeded stream of realistic HL7 v2.5.1 radiology messages
 * (registrations, orders, status changes, reports, merges) for synthetic patients, and a feed
 * that sends it to an MLLP listener. Plain Java: no Spring here; the application wires it.
 */
package org.vigil.demo;
