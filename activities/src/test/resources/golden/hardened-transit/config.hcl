# config.hcl of OpenBaoCluster secrets/prod, rendered by BaoFlow.
# The entrypoint fills in this pod's name and namespace before OpenBao reads it.
ui                = true
cluster_name      = "prod"
api_addr          = "https://%POD_NAME%.prod.%POD_NAMESPACE%.svc:8200"
cluster_addr      = "https://%POD_NAME%.prod.%POD_NAMESPACE%.svc:8201"
log_level         = "warn"
log_format        = "json"
default_lease_ttl = "1h"
max_lease_ttl     = "24h"

listener "tcp" {
  address            = "[::]:8200"
  cluster_address    = "[::]:8201"
  tls_cert_file      = "/etc/bao/tls/tls.crt"
  tls_key_file       = "/etc/bao/tls/tls.key"
  tls_client_ca_file = "/etc/bao/tls/ca.crt"
}

storage "raft" {
  path                   = "/bao/data"
  node_id                = "%POD_NAME%"
  performance_multiplier = 1
  retry_join {
    # Discovers the peers by label through the Kubernetes API and dials them by pod IP.
    auto_join             = "provider=k8s namespace=secrets label_selector=\"openbao.org/cluster=prod\""
    auto_join_scheme      = "https"
    leader_tls_servername = "openbao-cluster-prod.local"
    leader_ca_cert_file   = "/etc/bao/tls/ca.crt"
  }
}

seal "transit" {
  # The token comes from BAO_TOKEN (unseal.credentialsSecretRef), never from here.
  address         = "https://transit.unsealer.svc:8200"
  key_name        = "prod-autounseal"
  mount_path      = "transit/"
  tls_ca_cert     = "/etc/bao/tls/ca.crt"
  tls_server_name = "transit.unsealer.svc"
}

audit "file" "stdout" {
  description = "Every request, to the container log"
  options {
    file_path = "/dev/stdout"
  }
}

# Labels each pod with its seal, init and leader state (BAO_K8S_* environment).
service_registration "kubernetes" {}

telemetry {
  prometheus_retention_time = "60s"
  disable_hostname          = true
}
