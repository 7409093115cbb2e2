package org.baoflow.lane.sim.bao.snapshot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Opens a snapshot with the JDK's gzip and the tar reader, and rebuilds altered copies. */
final class ArchiveFiles {

  record File(String name, int mode, byte[] content) {}

  private ArchiveFiles() {}

  static List<File> open(byte[] snapshot) throws IOException {
    TarReader tar = new TarReader(new GZIPInputStream(new ByteArrayInputStream(snapshot)));
    List<File> files = new ArrayList<>();
    for (Optional<TarHeader> next = tar.next(); next.isPresent(); next = tar.next()) {
      files.add(new File(next.get().name(), next.get().mode(), tar.content().readAllBytes()));
    }
    return files;
  }

  static byte[] build(List<File> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      TarWriter tar = new TarWriter(gzip, 0);
      for (File file : files) {
        tar.writeEntry(file.name(), file.content());
      }
      tar.finish();
    }
    return bytes.toByteArray();
  }

  static byte[] rewrite(byte[] snapshot, UnaryOperator<List<File>> change) throws IOException {
    return build(change.apply(new ArrayList<>(open(snapshot))));
  }

  static byte[] content(byte[] snapshot, String name) throws IOException {
    return open(snapshot).stream()
        .filter(file -> file.name().equals(name))
        .findFirst()
        .orElseThrow()
        .content();
  }
}
