package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import java.util.List;

/** NetworkPolicies around the cluster (default deny, plus what OpenBao needs). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class NetworkSpec {
  @JsonPropertyDescription(
      "CIDR of the Kubernetes API server, for egress (service registration, TokenReview, JWKS).")
  private String apiServerCIDR;

  @JsonPropertyDescription("API server endpoint IPs, for CNIs that enforce after NAT (port 6443).")
  private List<String> apiServerEndpointIPs;

  @JsonPropertyDescription("Namespace of cluster DNS.")
  @Default("kube-system")
  private String dnsNamespace;

  @JsonPropertyDescription(
      "Extra egress rules (NetworkPolicyEgressRule), appended to BaoFlow's rules.")
  private List<UntypedObject> egressRules;

  @JsonPropertyDescription(
      "Extra ingress rules (NetworkPolicyIngressRule), appended to BaoFlow's rules.")
  private List<UntypedObject> ingressRules;

  public String getApiServerCIDR() {
    return apiServerCIDR;
  }

  public void setApiServerCIDR(String apiServerCIDR) {
    this.apiServerCIDR = apiServerCIDR;
  }

  public List<String> getApiServerEndpointIPs() {
    return apiServerEndpointIPs;
  }

  public void setApiServerEndpointIPs(List<String> apiServerEndpointIPs) {
    this.apiServerEndpointIPs = apiServerEndpointIPs;
  }

  public String getDnsNamespace() {
    return dnsNamespace;
  }

  public void setDnsNamespace(String dnsNamespace) {
    this.dnsNamespace = dnsNamespace;
  }

  public List<UntypedObject> getEgressRules() {
    return egressRules;
  }

  public void setEgressRules(List<UntypedObject> egressRules) {
    this.egressRules = egressRules;
  }

  public List<UntypedObject> getIngressRules() {
    return ingressRules;
  }

  public void setIngressRules(List<UntypedObject> ingressRules) {
    this.ingressRules = ingressRules;
  }
}
