package org.vigil.analysis;

/** The reading backlog on the embedded default database. */
class ReadingBacklogH2IT extends ReadingBacklogSuite {}
