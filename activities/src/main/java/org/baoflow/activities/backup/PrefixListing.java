package org.baoflow.activities.backup;

import java.util.List;
import org.baoflow.workflows.backup.BackupManifest;
import org.baoflow.workflows.backup.StoredObject;

/**
 * What lies under a cluster's prefix, as retention and DeleteAll see it.
 *
 * @param manifests the manifests that read, whoever's they are
 * @param withoutManifest snapshot objects directly under the prefix whose manifest key does not
 *     exist (an unreadable manifest still exists, so its object is never listed here)
 */
record PrefixListing(List<BackupManifest> manifests, List<StoredObject> withoutManifest) {

  PrefixListing {
    manifests = List.copyOf(manifests);
    withoutManifest = List.copyOf(withoutManifest);
  }
}
