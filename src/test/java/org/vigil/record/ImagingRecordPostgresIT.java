package org.vigil.record;

import org.vigil.support.UsePostgres;

/** The imaging record on a real PostgreSQL server. */
@UsePostgres
class ImagingRecordPostgresIT extends ImagingRecordSuite {}
