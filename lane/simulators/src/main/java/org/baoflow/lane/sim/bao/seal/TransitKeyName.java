package org.baoflow.lane.sim.bao.seal;

/**
 * Where a Transit key lives: the server's address, the engine's mount path (slashes trimmed, so
 * {@code transit/} and {@code transit} are the same mount) and the key's name.
 */
public record TransitKeyName(String serverAddress, String mountPath, String keyName) {

  public TransitKeyName {
    mountPath = trimSlashes(mountPath);
    if (serverAddress.isBlank() || mountPath.isEmpty() || keyName.isBlank()) {
      throw new IllegalArgumentException("a transit key needs an address, a mount and a name");
    }
  }

  private static String trimSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }

  @Override
  public String toString() {
    return serverAddress + "/" + mountPath + "/" + keyName;
  }
}
