# Self-initialization of OpenBaoCluster openbao/public, rendered by BaoFlow.
# Only ordinal 0 of the bootstrap revision appends it to its config.hcl; OpenBao runs it once,
# on an uninitialized storage, and ignores it afterwards.
initialize "baoflow-bootstrap" {
  request "enable-jwt-operator" {
    operation = "update"
    path      = "sys/auth/jwt-operator"
    data = {
      type        = "jwt"
      description = "BaoFlow worker logins with Kubernetes service-account tokens"
    }
  }
  request "configure-jwt-operator" {
    operation = "update"
    path      = "auth/jwt-operator/config"
    data = {
      oidc_discovery_url = "https://kubernetes.default.svc.cluster.local"
      # The Kubernetes API's CA, read by OpenBao from the pod at self-init.
      oidc_discovery_ca_pem = {
        eval_source = "file"
        eval_type   = "string"
        path        = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"
      }
      bound_issuer = "https://kubernetes.default.svc.cluster.local"
      # Resolve discovery at the first login instead of now: an issuer unreachable at self-init
      # would fail this request and leave an unusable storage. Logins still verify every
      # signature.
      skip_jwks_validation = true
    }
  }
  request "policy-openbao-operator" {
    operation = "update"
    path      = "sys/policies/acl/openbao-operator"
    data = {
      policy = "path \"sys/health\" { capabilities = [\"read\"] }\npath \"sys/step-down\" { capabilities = [\"update\", \"sudo\"] }\npath \"sys/storage/raft/configuration\" { capabilities = [\"read\"] }\npath \"sys/storage/raft/autopilot/configuration\" { capabilities = [\"read\", \"update\"] }\npath \"sys/storage/raft/autopilot/state\" { capabilities = [\"read\", \"update\"] }\npath \"sys/storage/raft/remove-peer\" { capabilities = [\"update\"] }\npath \"auth/token/lookup-self\" { capabilities = [\"read\"] }\n"
    }
  }
  request "policy-openbao-operator-backup" {
    operation = "update"
    path      = "sys/policies/acl/openbao-operator-backup"
    data = {
      policy = "path \"sys/storage/raft/snapshot\" { capabilities = [\"read\"] }\n"
    }
  }
  request "policy-openbao-operator-upgrade" {
    operation = "update"
    path      = "sys/policies/acl/openbao-operator-upgrade"
    data = {
      policy = "path \"sys/storage/raft/join\" { capabilities = [\"update\"] }\npath \"sys/storage/raft/configuration\" { capabilities = [\"read\"] }\npath \"sys/storage/raft/remove-peer\" { capabilities = [\"update\"] }\npath \"sys/storage/raft/promote\" { capabilities = [\"update\"] }\npath \"sys/storage/raft/demote\" { capabilities = [\"update\"] }\npath \"sys/storage/raft/autopilot/configuration\" { capabilities = [\"read\", \"update\"] }\npath \"sys/storage/raft/autopilot/state\" { capabilities = [\"read\"] }\npath \"sys/step-down\" { capabilities = [\"update\", \"sudo\"] }\n"
    }
  }
  request "policy-openbao-operator-restore" {
    operation = "update"
    path      = "sys/policies/acl/openbao-operator-restore"
    data = {
      policy = "path \"sys/storage/raft/snapshot\" { capabilities = [\"update\"] }\npath \"sys/storage/raft/snapshot-force\" { capabilities = [\"update\"] }\npath \"sys/health\" { capabilities = [\"read\"] }\npath \"sys/leader\" { capabilities = [\"read\"] }\n"
    }
  }
  request "role-openbao-operator" {
    operation = "update"
    path      = "auth/jwt-operator/role/openbao-operator"
    data = {
      role_type       = "jwt"
      user_claim      = "sub"
      bound_audiences = ["openbao-internal"]
      bound_subject   = "system:serviceaccount:baoflow-system:baoflow-worker"
      token_policies  = ["openbao-operator"]
      token_ttl       = "1h"
    }
  }
  request "role-openbao-operator-backup" {
    operation = "update"
    path      = "auth/jwt-operator/role/openbao-operator-backup"
    data = {
      role_type       = "jwt"
      user_claim      = "sub"
      bound_audiences = ["openbao-internal"]
      bound_subject   = "system:serviceaccount:baoflow-system:baoflow-worker"
      token_policies  = ["openbao-operator-backup"]
      token_ttl       = "1h"
    }
  }
  request "role-openbao-operator-upgrade" {
    operation = "update"
    path      = "auth/jwt-operator/role/openbao-operator-upgrade"
    data = {
      role_type       = "jwt"
      user_claim      = "sub"
      bound_audiences = ["openbao-internal"]
      bound_subject   = "system:serviceaccount:baoflow-system:baoflow-worker"
      token_policies  = ["openbao-operator-upgrade"]
      token_ttl       = "1h"
    }
  }
  request "role-openbao-operator-restore" {
    operation = "update"
    path      = "auth/jwt-operator/role/openbao-operator-restore"
    data = {
      role_type       = "jwt"
      user_claim      = "sub"
      bound_audiences = ["openbao-internal"]
      bound_subject   = "system:serviceaccount:baoflow-system:baoflow-worker"
      token_policies  = ["openbao-operator-restore"]
      token_ttl       = "1h"
    }
  }
  request "configure-autopilot" {
    # The worker's operator role can apply autopilot again later; a rejected value must not
    # abort self-initialization, which would leave an unusable storage.
    operation = "update"
    path      = "sys/storage/raft/autopilot/configuration"
    data = {
      cleanup_dead_servers               = true
      dead_server_last_contact_threshold = "5m"
      min_quorum                         = 5
    }
    allow_failure = true
  }
}

initialize "user-requests" {
  request "enable-oidc-login" {
    operation = "update"
    path      = "sys/auth/oidc"
    data = {
      type = "oidc"
    }
  }
}
