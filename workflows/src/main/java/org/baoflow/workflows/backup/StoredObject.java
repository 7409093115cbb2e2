package org.baoflow.workflows.backup;

import java.time.Instant;
import java.util.Objects;

/**
 * An object found in the bucket.
 *
 * @param key its key
 * @param lastModified when it was written, as the object store reports
 */
public record StoredObject(String key, Instant lastModified) {
  public StoredObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lastModified, "lastModified");
  }
}
