package org.vigil.analysis;

import org.vigil.support.UsePostgres;

/** The reading backlog on a real PostgreSQL server. */
@UsePostgres
class ReadingBacklogPostgresIT extends ReadingBacklogSuite {}
