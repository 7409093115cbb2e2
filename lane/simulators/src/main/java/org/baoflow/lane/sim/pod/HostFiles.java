package org.baoflow.lane.sim.pod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** File operations on the host directories behind pod volumes. */
final class HostFiles {
  private static final PosixFilePermission[] BITS = {
    PosixFilePermission.OTHERS_EXECUTE,
    PosixFilePermission.OTHERS_WRITE,
    PosixFilePermission.OTHERS_READ,
    PosixFilePermission.GROUP_EXECUTE,
    PosixFilePermission.GROUP_WRITE,
    PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE,
    PosixFilePermission.OWNER_WRITE,
    PosixFilePermission.OWNER_READ
  };

  private HostFiles() {}

  /** The permissions of a Kubernetes {@code mode} (e.g. 0644 = 420). */
  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < BITS.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        permissions.add(BITS[bit]);
      }
    }
    // The lane reads every file as its owner: a mode without the owner's read bit would hide the
    // file from the lane itself, where on a node the container reads it through its group.
    permissions.add(PosixFilePermission.OWNER_READ);
    return permissions;
  }

  /** Writes {@code content} at {@code file}, creating its directories, with {@code mode}. */
  static void write(Path file, byte[] content, int mode) {
    try {
      Files.createDirectories(file.getParent());
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(file, permissions(0600));
      }
      Files.write(file, content);
      Files.setPosixFilePermissions(file, permissions(mode));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a volume file", e);
    }
  }

  /** Creates {@code dir} and its parents if they are missing. */
  static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a volume directory", e);
    }
  }

  /** Makes a materialized read-only volume's directories unwritable, as its mount would be. */
  static void sealDirectories(Path root) {
    walkDirectories(root, permissions(0555));
  }

  /** Deletes {@code root} and everything below it, unsealing read-only directories first. */
  static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    walkDirectories(root, permissions(0755));
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure)
                throws IOException {
              if (failure != null) {
                throw failure;
              }
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException e) {
      // Already gone.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }

  private static void walkDirectories(Path root, Set<PosixFilePermission> permissions) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
                throws IOException {
              Files.setPosixFilePermissions(dir, EnumSet.copyOf(permissions));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot change the permissions below " + root, e);
    }
  }
}
