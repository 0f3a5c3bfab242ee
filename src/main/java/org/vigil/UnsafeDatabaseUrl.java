package org.vigil;

/** The configured database could lose data that Vigil has already acknowledged. */
class UnsafeDatabaseUrl extends IllegalStateException {

  UnsafeDatabaseUrl(String message) {
    super(message);
  }
}
