package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.kube.render.DefaultedSpec;
import org.baoflow.activities.kube.render.ResourceNames;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.workflows.activities.FailureTypes;

/**
 * The CA certificates a cluster's pods are verified against: the cluster CA BaoFlow issued
 * (OperatorManaged), or the {@code ca.crt} the user put into the server TLS Secret (External).
 */
final class ClusterTrust {
  static final String CA_KEY = "ca.crt";

  private ClusterTrust() {}

  /** The PEM CA certificates of {@code model}'s pods, read from their Secret now. */
  static String caPem(KubernetesClient kube, ClusterModel model) {
    ResourceNames names = model.names();
    TlsMode mode = DefaultedSpec.tls(model.spec()).getMode();
    String secret =
        switch (mode == null ? TlsMode.OPERATOR_MANAGED : mode) {
          case OPERATOR_MANAGED -> names.caSecret();
          case EXTERNAL -> names.serverTlsSecret();
          case ACME ->
              throw ApplicationFailure.newNonRetryableFailure(
                  "OpenBaoCluster "
                      + names.namespace()
                      + "/"
                      + names.cluster()
                      + " uses ACME certificates; BaoFlow's OpenBao calls verify pods against a"
                      + " cluster CA and cannot reach ACME clusters yet",
                  FailureTypes.INVALID_TLS);
        };
    return SecretValues.read(kube, names.namespace(), secret, CA_KEY)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Secret "
                        + names.namespace()
                        + "/"
                        + secret
                        + " with key "
                        + CA_KEY
                        + " is not there yet"));
  }
}
