package org.vigil.intake.fhir;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body may not exceed a limit: a chunked body (no declared length) that runs past
 * it fails to read, so it cannot outgrow the memory reserved for it.
 */
final class BoundedBodyRequest extends HttpServletRequestWrapper {

  private final long limit;
  private ServletInputStream bounded;

  BoundedBodyRequest(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (bounded == null) {
      bounded = new Bounded(super.getInputStream(), limit);
    }
    return bounded;
  }

  private static final class Bounded extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    Bounded(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new IOException("the request body is larger than the " + limit + " bytes accepted");
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
