/**
 * Demo data: a deterministic, seeded stream of realistic HL7 v2.5.1 radiology messages
 * ({@link org.vigil.demo.stream}) for synthetic patients, and a feed
 * ({@link org.vigil.demo.DemoFeed}) that sends it to an MLLP listener. Plain Java: no Spring
 * here; the application wires it.
 */
package org.vigil.demo;
