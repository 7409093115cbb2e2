package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code auth/<mount>/config} of the Kubernetes method (reference §4.3). Inside a pod the CA and
 * reviewer JWT default to the pod's service-account files, so both may stay null. The reviewer JWT
 * is a credential: {@code toString()} leaves it out, and a read never returns it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KubernetesAuthConfig(
    @JsonProperty("kubernetes_host") String kubernetesHost,
    @JsonProperty("kubernetes_ca_cert") String kubernetesCaCert,
    @JsonProperty("token_reviewer_jwt") String tokenReviewerJwt,
    @JsonProperty("pem_keys") List<String> pemKeys,
    @JsonProperty("disable_local_ca_jwt") Boolean disableLocalCaJwt) {

  /** The in-cluster API server with the pod's own CA and service-account token. */
  public static KubernetesAuthConfig inCluster(String kubernetesHost) {
    return new KubernetesAuthConfig(kubernetesHost, null, null, null, null);
  }

  @Override
  public String toString() {
    return "KubernetesAuthConfig[kubernetesHost="
        + kubernetesHost
        + ", kubernetesCaCert="
        + (kubernetesCaCert == null ? "none" : "set")
        + ", tokenReviewerJwt="
        + (tokenReviewerJwt == null ? "none" : "redacted")
        + ", pemKeys="
        + (pemKeys == null ? 0 : pemKeys.size())
        + ", disableLocalCaJwt="
        + disableLocalCaJwt
        + "]";
  }
}
