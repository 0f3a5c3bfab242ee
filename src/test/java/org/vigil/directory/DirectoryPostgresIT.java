package org.vigil.directory;

import org.vigil.support.UsePostgres;

@UsePostgres
class DirectoryPostgresIT extends DirectorySuite {}
