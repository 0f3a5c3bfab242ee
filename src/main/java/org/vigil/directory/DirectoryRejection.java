package org.vigil.directory;

/** An administrator's change the directory refuses, with a reason fit to show them. */
public class DirectoryRejection extends RuntimeException {

  public DirectoryRejection(String message) {
    super(message);
  }
}
