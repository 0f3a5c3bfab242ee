package org.vigil.web.security;

/** Users on H2. */
class UsersH2IT extends UsersSuite {}
