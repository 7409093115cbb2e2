package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * Secret material of a cluster: TLS, the static unseal key and the demo password. Generated
 * material is create-only: an existing Secret is kept as it is, never applied over or regenerated,
 * so a retried or repeated call after a crash cannot change a key. Generated Secrets carry
 * BaoFlow's labels but no owner reference, so deleting the cluster keeps them unless its
 * deletionPolicy says otherwise. Results carry names, fingerprints and dates, never the material.
 */
@ActivityInterface
public interface SecretActivities {

  /**
   * OperatorManaged: creates the CA Secret once, and issues the server certificate Secret when it
   * is missing, lacks a SAN the spec needs, or is due for renewal. External: checks the named
   * Secrets (non-retryable {@link FailureTypes#INVALID_TLS} naming the Secret and the problem).
   * ACME: nothing to do.
   */
  @ActivityMethod
  TlsState ensureTls(TlsRequest request);

  /**
   * Static seal: creates {@code <cluster>-unseal-key} with 32 random bytes when it is missing. An
   * existing Secret is kept; one without a 32-byte key is a non-retryable {@link
   * FailureTypes#SECRET_CONFLICT}.
   */
  @ActivityMethod
  GeneratedSecret ensureUnsealKey(ClusterSnapshot cluster);

  /**
   * Demo login enabled without a password Secret: creates {@code <cluster>-demo-login} with a
   * random password when it is missing.
   */
  @ActivityMethod
  GeneratedSecret ensureDemoPassword(ClusterSnapshot cluster);

  /**
   * What TLS material a cluster needs.
   *
   * @param cluster the cluster
   * @param replicas pods the server certificate must name
   * @param nowMillis the workflow's time, for issuance and renewal decisions
   */
  record TlsRequest(ClusterSnapshot cluster, int replicas, long nowMillis) {}

  /**
   * The cluster's TLS, without key material.
   *
   * @param caFingerprint SHA-256 of the CA certificate; {@code null} in ACME mode
   * @param certificateHash SHA-256 of the server certificate, for the pod template; {@code null} in
   *     ACME mode
   * @param notAfterMillis when the server certificate expires; 0 in ACME mode
   * @param renewAtMillis when BaoFlow should issue a new one (OperatorManaged), 0 otherwise
   * @param issued whether this call issued a new server certificate
   */
  record TlsState(
      String caFingerprint,
      String certificateHash,
      long notAfterMillis,
      long renewAtMillis,
      boolean issued) {}

  /**
   * A generated Secret.
   *
   * @param name the Secret's name; {@code null} when the spec needs none
   * @param created whether this call created it
   */
  record GeneratedSecret(String name, boolean created) {}
}
