package org.baoflow.workflows.steps;

import java.util.Map;
import java.util.TreeMap;
import org.baoflow.workflows.activities.ResourceActivities.AppliedResource;
import org.baoflow.workflows.activities.ResourceActivities.ApplyResult;
import org.baoflow.workflows.activities.ResourceActivities.Outcome;

/**
 * The managed hash of every resource an operation applied, by {@code Kind/name}, for the cluster
 * workflow's drift detection. A later apply of the same resource replaces its hash; a deleted
 * resource leaves the map, since nothing of it can drift any more.
 */
public final class AppliedHashes {
  private final Map<String, String> hashes = new TreeMap<>();

  /** Records what one apply did. */
  public void record(ApplyResult result) {
    for (AppliedResource resource : result.resources()) {
      String key = resource.kind() + "/" + resource.name();
      if (resource.outcome() == Outcome.DELETED || resource.managedHash() == null) {
        hashes.remove(key);
      } else {
        hashes.put(key, resource.managedHash());
      }
    }
  }

  /** A copy of the hashes recorded so far. */
  public Map<String, String> asMap() {
    return Map.copyOf(hashes);
  }
}
