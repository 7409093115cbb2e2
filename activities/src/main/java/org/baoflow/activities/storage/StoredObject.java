package org.baoflow.activities.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One object found by a listing.
 *
 * @param key the object key
 * @param size its size in bytes
 * @param lastModified when the store last wrote it
 */
public record StoredObject(String key, long size, Instant lastModified) {

  /** Checks that every part is present. */
  public StoredObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lastModified, "lastModified");
  }
}
