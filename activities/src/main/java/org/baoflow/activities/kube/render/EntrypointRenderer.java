package org.baoflow.activities.kube.render;

/**
 * Renders the entrypoint script of the OpenBao container. The pods run the stock image, which has
 * only a POSIX (busybox) shell, {@code sed} and {@code cat}; the script fills this pod's identity
 * into the config.hcl template, appends the self-init stanzas on ordinal 0 when they are mounted,
 * and replaces itself with {@code bao server}.
 */
public final class EntrypointRenderer {
  private static final String SCRIPT =
      """
      #!/bin/sh
      # Entrypoint of the OpenBao pods, rendered by BaoFlow: writes this pod's config.hcl from the
      # template and starts OpenBao. POSIX sh only: the stock image has busybox.
      set -eu

      template='@TEMPLATE@'
      self_init='@SELF_INIT@'
      config_dir='@CONFIG_DIR@'
      config='@CONFIG@'

      fail() {
        echo "entrypoint: $*" >&2
        exit 1
      }

      # The downward API sets both; without them the node would advertise an address not its own.
      pod_name="${@POD_NAME_ENV@:-}"
      pod_namespace="${@POD_NAMESPACE_ENV@:-}"
      [ -n "$pod_name" ] || fail "@POD_NAME_ENV@ is not set (downward API metadata.name)"
      [ -n "$pod_namespace" ] || fail "@POD_NAMESPACE_ENV@ is not set (downward API metadata.namespace)"
      # Both end up in DNS names and in sed replacements: DNS-1123 characters only.
      case "$pod_name$pod_namespace" in
        *[!a-z0-9.-]*) fail "@POD_NAME_ENV@ and @POD_NAMESPACE_ENV@ must be DNS-1123 names" ;;
      esac
      [ -f "$template" ] || fail "the config template $template is missing"

      mkdir -p "$config_dir"
      sed -e "s/@POD_NAME_PLACEHOLDER@/$pod_name/g" \\
        -e "s/@POD_NAMESPACE_PLACEHOLDER@/$pod_namespace/g" \\
        "$template" >"$config"

      # Only ordinal 0 of the bootstrap revision initializes the cluster: pods that all ran the
      # initialize stanzas at once would each create their own cluster (openbao/openbao#2274).
      # The StatefulSet mounts the stanzas for the bootstrap revision only.
      case "$pod_name" in
        *-0)
          if [ -f "$self_init" ]; then
            echo "entrypoint: $pod_name adds the self-init stanzas" >&2
            { echo; cat "$self_init"; } >>"$config"
          fi
          ;;
      esac

      exec bao server -config="$config"
      """;

  private EntrypointRenderer() {}

  /** The script; the same for every cluster, since paths come from {@link PodLayout}. */
  public static String render() {
    return SCRIPT
        .replace("@TEMPLATE@", PodLayout.CONFIG_TEMPLATE_DIR + "/" + PodLayout.CONFIG_TEMPLATE_KEY)
        .replace("@SELF_INIT@", PodLayout.SELF_INIT_DIR + "/" + PodLayout.SELF_INIT_KEY)
        .replace("@CONFIG_DIR@", PodLayout.CONFIG_DIR)
        .replace("@CONFIG@", PodLayout.CONFIG_FILE)
        .replace("@POD_NAME_ENV@", PodLayout.ENV_POD_NAME)
        .replace("@POD_NAMESPACE_ENV@", PodLayout.ENV_POD_NAMESPACE)
        .replace("@POD_NAME_PLACEHOLDER@", PodIdentityPlaceholders.POD_NAME)
        .replace("@POD_NAMESPACE_PLACEHOLDER@", PodIdentityPlaceholders.POD_NAMESPACE);
  }
}
