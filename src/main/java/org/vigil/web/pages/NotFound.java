package org.vigil.web.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The page asked for does not exist: shown as the friendly 404 page. */
class NotFound extends ResponseStatusException {

  NotFound() {
    super(HttpStatus.NOT_FOUND);
  }
}
