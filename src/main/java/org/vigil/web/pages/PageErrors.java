package org.vigil.web.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** A malformed address (an id that is not a UUID, a page that is not a number) is a 404 page. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView malformed(MethodArgumentTypeMismatchException ignored) {
    ModelAndView view = new ModelAndView("error/404");
    view.setStatus(HttpStatus.NOT_FOUND);
    return view;
  }
}
