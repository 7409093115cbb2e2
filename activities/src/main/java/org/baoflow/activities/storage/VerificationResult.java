package org.baoflow.activities.storage;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link ObjectVerification} found: an intact object has no discrepancy.
 *
 * @param discrepancies every way the stored object differs from what was uploaded
 */
public record VerificationResult(List<Discrepancy> discrepancies) {

  /** Copies the list. */
  public VerificationResult {
    discrepancies = List.copyOf(discrepancies);
  }

  /** Whether the stored object is exactly what was uploaded. */
  public boolean intact() {
    return discrepancies.isEmpty();
  }

  /** Whether one of the discrepancies is of this kind. */
  public boolean has(Kind kind) {
    return discrepancies.stream().anyMatch(discrepancy -> discrepancy.kind() == kind);
  }

  /** A one-line summary for a status reason or an Event, e.g. "object truncated: ...". */
  public String describe() {
    if (intact()) {
      return "object intact";
    }
    return discrepancies.stream().map(Discrepancy::describe).collect(Collectors.joining("; "));
  }

  /** What differs. */
  public enum Kind {
    /** The object does not exist. */
    MISSING,
    /** HEAD reports fewer bytes than were streamed. */
    TRUNCATED,
    /** HEAD reports more bytes than were streamed. */
    OVERSIZED,
    /** The ETag is not the one the upload returned: the object was replaced. */
    ETAG,
    /** The SHA-256 of the downloaded bytes is not the one computed while uploading. */
    SHA256
  }

  /**
   * One difference.
   *
   * @param kind what differs
   * @param expected the value recorded by the upload
   * @param actual the value found in the store
   */
  public record Discrepancy(Kind kind, String expected, String actual) {

    /** Checks that every part is present. */
    public Discrepancy {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(actual, "actual");
    }

    /** A readable sentence naming the difference. */
    public String describe() {
      return switch (kind) {
        case MISSING -> "object missing";
        case TRUNCATED -> "object truncated: " + actual + " bytes stored, " + expected + " sent";
        case OVERSIZED -> "object too long: " + actual + " bytes stored, " + expected + " sent";
        case ETAG -> "object replaced: ETag " + actual + ", upload returned " + expected;
        case SHA256 -> "wrong hash: SHA-256 " + actual + ", uploaded " + expected;
      };
    }
  }
}
