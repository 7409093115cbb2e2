package org.baoflow.lane.sim.bao.logical;

import java.util.Locale;

/** An ACL capability, which is also the operation a request performs on a path. */
public enum Capability {
  CREATE,
  READ,
  UPDATE,
  PATCH,
  DELETE,
  LIST,
  SUDO,
  DENY;

  /** The capability's name in policy HCL. */
  public String hclName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The operation an HTTP request performs: {@code GET} reads ({@code list=true} lists), {@code
   * LIST} lists, {@code PUT} and {@code POST} update, {@code PATCH} patches, {@code DELETE}
   * deletes.
   *
   * @throws IllegalArgumentException for any other method
   */
  public static Capability ofHttp(String method, boolean listQuery) {
    return switch (method) {
      case "GET" -> listQuery ? LIST : READ;
      case "LIST" -> LIST;
      case "PUT", "POST" -> UPDATE;
      case "PATCH" -> PATCH;
      case "DELETE" -> DELETE;
      default -> throw new IllegalArgumentException("unsupported method " + method);
    };
  }
}
