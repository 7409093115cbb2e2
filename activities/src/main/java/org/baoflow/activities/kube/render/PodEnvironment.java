package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import java.util.ArrayList;
import java.util.List;

/** Environment of the OpenBao container: pod identity from the downward API, and Secrets. */
final class PodEnvironment {
  private PodEnvironment() {}

  /** Named variables: pod identity, then the demo password when the demo login is on. */
  static List<EnvVar> variables(PodOptions options) {
    List<EnvVar> env = new ArrayList<>();
    // The entrypoint fills the node id, addresses and raft join namespace from these.
    env.add(field(PodLayout.ENV_POD_NAME, "metadata.name"));
    env.add(field(PodLayout.ENV_POD_NAMESPACE, "metadata.namespace"));
    env.add(field(PodLayout.ENV_POD_IP, "status.podIP"));
    // Kubernetes service registration reads its pod and namespace from these two.
    env.add(field(PodLayout.ENV_K8S_POD_NAME, "metadata.name"));
    env.add(field(PodLayout.ENV_K8S_NAMESPACE, "metadata.namespace"));
    if (options.demoPasswordSecret() != null) {
      env.add(
          new EnvVarBuilder()
              .withName(PodLayout.ENV_DEMO_PASSWORD)
              .withNewValueFrom()
              .withNewSecretKeyRef()
              .withName(options.demoPasswordSecret())
              .withKey(PodLayout.DEMO_PASSWORD_KEY)
              .endSecretKeyRef()
              .endValueFrom()
              .build());
    }
    return env;
  }

  /**
   * Whole Secrets as environment: the seal's credentials ({@code BAO_TOKEN} for transit, cloud
   * credentials for KMS seals), which OpenBao reads from the environment so they never appear in
   * config.hcl.
   */
  static List<EnvFromSource> secrets(PodOptions options) {
    if (options.sealCredentialsSecret() == null) {
      return List.of();
    }
    return List.of(
        new EnvFromSourceBuilder()
            .withNewSecretRef()
            .withName(options.sealCredentialsSecret())
            .endSecretRef()
            .build());
  }

  private static EnvVar field(String name, String fieldPath) {
    return new EnvVarBuilder()
        .withName(name)
        .withNewValueFrom()
        .withNewFieldRef()
        // The API server would default it; stating it keeps the applied object equal to the stored.
        .withApiVersion("v1")
        .withFieldPath(fieldPath)
        .endFieldRef()
        .endValueFrom()
        .build();
  }
}
