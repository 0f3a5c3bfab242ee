package org.vigil.web.pages;

import java.util.List;

/** One page of a longer list: which page, and whether there are pages either side. */
record Paging(int page, boolean hasPrevious, boolean hasNext) {

  static final int SIZE = 20;
  private static final int LAST_PAGE = 10_000;

  /** A safe page number: negative or absurd numbers become the nearest sensible page. */
  static int clamp(int page) {
    return Math.max(0, Math.min(page, LAST_PAGE));
  }

  static int offset(int page) {
    return clamp(page) * SIZE;
  }

  /** {@code fetched} holds up to SIZE + 1 rows: the extra one only says another page exists. */
  static <T> List<T> trim(List<T> fetched) {
    return fetched.size() > SIZE ? fetched.subList(0, SIZE) : fetched;
  }

  static Paging of(int page, List<?> fetched) {
    return new Paging(clamp(page), clamp(page) > 0, fetched.size() > SIZE);
  }
}
