package org.baoflow.lane.sim.s3;

import org.gaul.s3proxy.AccessGrant;
import org.gaul.s3proxy.BlobStoreLocator;
import org.gaul.s3proxy.blobstore.BlobStore;

/**
 * S3Proxy asks its locator for the store and credential of every authenticated request before doing
 * anything else, so answering there with a service exception fails the request on the wire (status
 * code and S3 error body) without touching the store.
 */
final class FaultInjectingLocator implements BlobStoreLocator {

  private final S3Credentials credentials;
  private final BlobStore blobStore;
  private final S3FaultInjector faults;

  FaultInjectingLocator(S3Credentials credentials, BlobStore blobStore, S3FaultInjector faults) {
    this.credentials = credentials;
    this.blobStore = blobStore;
    this.faults = faults;
  }

  @Override
  public AccessGrant locateBlobStore(String identity, String container, String blob) {
    faults
        .claim()
        .ifPresent(
            fault -> {
              throw fault.toServiceException();
            });
    if (!credentials.accessKeyId().equals(identity)) {
      // No grant for an unknown key: S3Proxy answers InvalidAccessKeyId, as S3 does.
      return null;
    }
    return new AccessGrant(credentials.secretAccessKey(), blobStore);
  }
}
