package org.baoflow.activities.backup;

import java.net.URI;

/**
 * Maps {@code spec.backup.target.endpoint} to where the worker connects: the endpoint itself in
 * Kubernetes, the loopback S3 server in the lane (the validator refuses localhost and IP endpoints
 * in a spec, so a lane spec names a Service URL that only this resolver knows).
 */
@FunctionalInterface
public interface S3EndpointResolver {

  /** Where to connect for the spec's {@code endpoint}. */
  URI resolve(URI endpoint);

  /** The spec's endpoint itself, as a worker in Kubernetes reaches it. */
  static S3EndpointResolver direct() {
    return endpoint -> endpoint;
  }
}
