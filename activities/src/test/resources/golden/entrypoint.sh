#!/bin/sh
# Entrypoint of the OpenBao pods, rendered by BaoFlow: writes this pod's config.hcl from the
# template and starts OpenBao. POSIX sh only: the stock image has busybox.
set -eu

template='/etc/bao/config-template/config.hcl'
self_init='/etc/bao/self-init/self-init.hcl'
config_dir='/bao/config'
config='/bao/config/config.hcl'

fail() {
  echo "entrypoint: $*" >&2
  exit 1
}

# The downward API sets both; without them the node would advertise an address not its own.
pod_name="${POD_NAME:-}"
pod_namespace="${POD_NAMESPACE:-}"
[ -n "$pod_name" ] || fail "POD_NAME is not set (downward API metadata.name)"
[ -n "$pod_namespace" ] || fail "POD_NAMESPACE is not set (downward API metadata.namespace)"
# Both end up in DNS names and in sed replacements: DNS-1123 characters only.
case "$pod_name$pod_namespace" in
  *[!a-z0-9.-]*) fail "POD_NAME and POD_NAMESPACE must be DNS-1123 names" ;;
esac
[ -f "$template" ] || fail "the config template $template is missing"

mkdir -p "$config_dir"
sed -e "s/%POD_NAME%/$pod_name/g" \
  -e "s/%POD_NAMESPACE%/$pod_namespace/g" \
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
