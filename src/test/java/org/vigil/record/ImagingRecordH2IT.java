package org.vigil.record;

/** The imaging record on the embedded default database. */
class ImagingRecordH2IT extends ImagingRecordSuite {}
