package org.baoflow.activities.bao;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * A plain socket whose input is read ahead through one buffer, for TLS layered on top of it. The
 * JDK's TLS socket reads a layered socket through its {@link #getInputStream()}, a record header
 * and then the record (at most 16 KiB) per read, so a snapshot download made two reads from the
 * kernel per record; through this buffer one read brings several records. On a 2 GiB snapshot that
 * took the worker's CPU from 5.9-6.4 to 4.8-5.5 s/GiB (docs/performance.md, Backups).
 */
class ReadAheadSocket extends Socket {

  private final int bufferSize;
  private InputStream input;

  /** An unconnected socket; its input, once connected, is read {@code bufferSize} bytes at most. */
  ReadAheadSocket(int bufferSize) {
    this.bufferSize = bufferSize;
  }

  /** The same buffered stream on every call, so nothing read ahead is ever lost. */
  @Override
  public synchronized InputStream getInputStream() throws IOException {
    if (input == null) {
      input = new BufferedInputStream(socketInput(), bufferSize);
    }
    return input;
  }

  /** The socket's own, unbuffered input. */
  InputStream socketInput() throws IOException {
    return super.getInputStream();
  }
}
