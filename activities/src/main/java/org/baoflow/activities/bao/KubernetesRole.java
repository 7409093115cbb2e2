package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * {@code auth/<mount>/role/:name} of the Kubernetes method (reference §4.3): which service accounts
 * of which namespaces may log in, and the token they get (its fields at the same level).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KubernetesRole(
    @JsonProperty("bound_service_account_names") List<String> boundServiceAccountNames,
    @JsonProperty("bound_service_account_namespaces") List<String> boundServiceAccountNamespaces,
    @JsonProperty("bound_service_account_namespace_selector")
        String boundServiceAccountNamespaceSelector,
    @JsonProperty("audience") String audience,
    @JsonProperty("alias_name_source") String aliasNameSource,
    @JsonUnwrapped TokenSettings token) {

  /** Service account {@code name} of {@code namespace}. */
  public static KubernetesRole of(String name, String namespace, TokenSettings token) {
    return new KubernetesRole(List.of(name), List.of(namespace), null, null, null, token);
  }
}
