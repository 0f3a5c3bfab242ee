/**
 * The imaging record: patients (with identifier history and merges), examinations and report
 * versions. Everything else in Vigil reads it; every change publishes a domain event. Writes come
 * through {@link org.vigil.record.ImagingRecord}; reads through {@link org.vigil.record.Patients},
 * {@link org.vigil.record.Exams} and {@link org.vigil.record.Reports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imaging record")
package org.vigil.record;
