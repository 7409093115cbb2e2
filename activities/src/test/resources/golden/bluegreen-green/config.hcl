# config.hcl of OpenBaoCluster openbao/dev, revision r2, rendered by BaoFlow.
# The entrypoint fills in this pod's name and namespace before OpenBao reads it.
ui           = true
cluster_name = "dev"
api_addr     = "https://%POD_NAME%.dev.%POD_NAMESPACE%.svc:8200"
cluster_addr = "https://%POD_NAME%.dev.%POD_NAMESPACE%.svc:8201"
log_level    = "info"

listener "tcp" {
  address            = "[::]:8200"
  cluster_address    = "[::]:8201"
  tls_cert_file      = "/etc/bao/tls/tls.crt"
  tls_key_file       = "/etc/bao/tls/tls.key"
  tls_client_ca_file = "/etc/bao/tls/ca.crt"
}

storage "raft" {
  path                    = "/bao/data"
  node_id                 = "%POD_NAME%"
  retry_join_as_non_voter = true
  retry_join {
    # Discovers the peers by label through the Kubernetes API and dials them by pod IP.
    auto_join             = "provider=k8s namespace=openbao label_selector=\"openbao.org/cluster=dev,openbao.org/revision=r1\""
    auto_join_scheme      = "https"
    leader_tls_servername = "openbao-cluster-dev.local"
    leader_ca_cert_file   = "/etc/bao/tls/ca.crt"
  }
}

seal "static" {
  current_key_id = "operator-generated-v1"
  current_key    = "file:///etc/bao/unseal/key"
}

# Labels each pod with its seal, init and leader state (BAO_K8S_* environment).
service_registration "kubernetes" {}

telemetry {
  prometheus_retention_time = "60s"
  disable_hostname          = true
}
