package org.vigil.web.security;

import org.vigil.support.UsePostgres;

/** Users on a real PostgreSQL server. */
@UsePostgres
class UsersPostgresIT extends UsersSuite {}
