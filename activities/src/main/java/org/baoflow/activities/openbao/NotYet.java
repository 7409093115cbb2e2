package org.baoflow.activities.openbao;

import org.baoflow.activities.bao.BaoConnectionException;
import org.baoflow.activities.bao.BaoSealedException;
import org.baoflow.activities.bao.BaoServerException;

/**
 * Failures that mean a pod is not there yet rather than wrong: it is not scheduled or has not
 * published its port, refuses connections, is sealed, or has no leader yet.
 */
public final class NotYet {
  private NotYet() {}

  /** Whether a wait should look again after {@code failure} instead of failing. */
  public static boolean is(RuntimeException failure) {
    return failure instanceof EndpointUnavailableException
        || failure instanceof BaoConnectionException
        || failure instanceof BaoSealedException
        || (failure instanceof BaoServerException server
            && (server.statusCode() >= 500 || server.statusCode() == 429));
  }
}
