# config.hcl of OpenBaoCluster openbao/public, rendered by BaoFlow.
# The entrypoint fills in this pod's name and namespace before OpenBao reads it.
ui           = true
cluster_name = "public"
api_addr     = "https://%POD_NAME%.public.%POD_NAMESPACE%.svc:8200"
cluster_addr = "https://%POD_NAME%.public.%POD_NAMESPACE%.svc:8201"
log_level    = "info"

listener "tcp" {
  address                         = "[::]:8200"
  cluster_address                 = "[::]:8201"
  tls_acme_ca_directory           = "https://acme.internal.example/acme/directory"
  tls_acme_domains                = ["bao.example.com"]
  tls_acme_email                  = "ops@example.com"
  tls_acme_disable_http_challenge = true
  tls_acme_ca_root                = "/etc/bao/seal-creds/acme-ca.crt"
  tls_acme_cache_path             = "/bao/data/acme"
}

storage "raft" {
  path    = "/bao/data"
  node_id = "%POD_NAME%"
  retry_join {
    # Discovers the peers by label through the Kubernetes API and dials them by pod IP.
    auto_join             = "provider=k8s namespace=openbao label_selector=\"openbao.org/cluster=public\""
    auto_join_scheme      = "https"
    leader_tls_servername = "bao.example.com"
    leader_ca_cert_file   = "/etc/bao/seal-creds/acme-ca.crt"
  }
}

seal "awskms" {
  # Credentials come from the AWS_* environment or workload identity.
  region     = "eu-central-1"
  kms_key_id = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Labels each pod with its seal, init and leader state (BAO_K8S_* environment).
service_registration "kubernetes" {}

telemetry {
  prometheus_retention_time = "60s"
  disable_hostname          = true
}
