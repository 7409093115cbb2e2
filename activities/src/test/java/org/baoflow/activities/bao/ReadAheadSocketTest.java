package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The read-ahead socket under the snapshot download's TLS (which {@link BlockingHttpsGetTest} runs
 * end to end): one stream for every caller, and reads from the socket in large pieces when its
 * reader asks for small ones, as TLS does.
 */
class ReadAheadSocketTest {

  private static final int RECORD = 16 * 1024;

  @Test
  void tlsSizedReadsReachTheSocketAsFewLargeReads() throws Exception {
    byte[] sent = new byte[3 * RECORD];
    for (int i = 0; i < sent.length; i++) {
      sent[i] = (byte) (i * 31);
    }
    AtomicInteger socketReads = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ReadAheadSocket socket = new CountingSocket(socketReads)) {
      socket.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
      try (Socket peer = server.accept()) {
        OutputStream out = peer.getOutputStream();
        out.write(sent);
        out.flush();
        peer.shutdownOutput();
        InputStream in = socket.getInputStream();
        assertThat(socket.getInputStream()).isSameAs(in);

        byte[] received = new byte[sent.length];
        int at = 0;
        // A record header, then the record: 6 reads as TLS makes them.
        for (int record = 0; record < 3; record++) {
          at += in.readNBytes(received, at, 5);
          at += in.readNBytes(received, at, RECORD - 5);
        }
        assertThat(received).isEqualTo(sent);
        assertThat(socketReads.get()).isLessThan(6);
      }
    }
  }

  /** Counts the reads that reach the socket itself. */
  private static final class CountingSocket extends ReadAheadSocket {
    private final AtomicInteger reads;

    CountingSocket(AtomicInteger reads) {
      super(64 * 1024);
      this.reads = reads;
    }

    @Override
    InputStream socketInput() throws IOException {
      return new FilterInputStream(super.socketInput()) {
        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          reads.incrementAndGet();
          return super.read(buffer, offset, length);
        }
      };
    }
  }
}
