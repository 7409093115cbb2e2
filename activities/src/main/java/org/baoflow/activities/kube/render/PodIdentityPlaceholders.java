package org.baoflow.activities.kube.render;

/**
 * Placeholders in the config.hcl template that the entrypoint replaces with the pod's identity from
 * the downward API. They are delimited by {@code %}, which {@link Hcl#escape} never emits
 * unescaped, so no user value can forge one; and they hold no character special to {@code sed}.
 */
final class PodIdentityPlaceholders {
  /** Replaced with {@code POD_NAME}. */
  static final String POD_NAME = "%POD_NAME%";

  /** Replaced with {@code POD_NAMESPACE}. */
  static final String POD_NAMESPACE = "%POD_NAMESPACE%";

  private PodIdentityPlaceholders() {}
}
