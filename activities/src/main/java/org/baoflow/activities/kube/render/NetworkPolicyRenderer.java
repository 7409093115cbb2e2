package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baoflow.api.v1alpha1.GatewaySpec;
import org.baoflow.api.v1alpha1.NetworkSpec;

/**
 * The NetworkPolicy {@code <cluster>-network-policy} around the OpenBao pods: deny everything, then
 * allow what OpenBao and BaoFlow need, then append the user's rules. NetworkPolicies only add
 * allowances, so a user rule can widen access but never remove one of BaoFlow's.
 *
 * <p>Not allowed by default, so add rules for them: an Ingress controller's namespace (unknown to
 * BaoFlow), a transit or KMS seal endpoint, an ACME directory and its challenge traffic, and
 * node-local DNS caches on link-local addresses.
 */
public final class NetworkPolicyRenderer {
  /** The label Kubernetes puts on every namespace with the namespace's name. */
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  static final int DNS_PORT = 53;

  /** The API server's Service port and its usual endpoint port (what CNIs see after DNAT). */
  static final List<Integer> API_SERVER_PORTS = List.of(443, 6443);

  private NetworkPolicyRenderer() {}

  /** Renders the policy; the worker's namespace may always reach the API port. */
  public static NetworkPolicy render(ClusterModel model, Platform platform) {
    return new NetworkPolicyBuilder()
        .withMetadata(OwnedMetadata.of(model, model.names().networkPolicy()))
        .withNewSpec()
        .withPodSelector(pods(model))
        .withPolicyTypes("Ingress", "Egress")
        .withIngress(ingress(model, platform))
        .withEgress(egress(model))
        .endSpec()
        .build();
  }

  private static List<NetworkPolicyIngressRule> ingress(ClusterModel model, Platform platform) {
    List<NetworkPolicyIngressRule> rules = new ArrayList<>();
    // Raft, request forwarding and joins between the nodes of every revision.
    rules.add(ingressRule(podPeer(model), apiAndClusterPorts()));
    // The worker: health, init, login, raft operations, snapshots.
    rules.add(
        ingressRule(namespacePeer(platform.workerNamespace()), List.of(tcp(PodLayout.API_PORT))));
    GatewaySpec gateway = model.spec().getGateway();
    if (Exposure.of(model.spec()).gateway()) {
      String namespace =
          gateway.getGatewayRef() == null || gateway.getGatewayRef().getNamespace() == null
              ? model.names().namespace()
              : gateway.getGatewayRef().getNamespace();
      rules.add(ingressRule(namespacePeer(namespace), List.of(tcp(PodLayout.API_PORT))));
    }
    rules.addAll(UserNetworkRules.ingress(network(model)));
    return rules;
  }

  private static List<NetworkPolicyEgressRule> egress(ClusterModel model) {
    NetworkSpec network = network(model);
    List<NetworkPolicyEgressRule> rules = new ArrayList<>();
    String dnsNamespace =
        network == null || network.getDnsNamespace() == null
            ? "kube-system"
            : network.getDnsNamespace();
    rules.add(
        new NetworkPolicyEgressRuleBuilder()
            .withTo(namespacePeer(dnsNamespace))
            .withPorts(port("UDP", DNS_PORT), port("TCP", DNS_PORT))
            .build());
    rules.add(apiServer(network));
    rules.add(
        new NetworkPolicyEgressRuleBuilder()
            .withTo(podPeer(model))
            .withPorts(apiAndClusterPorts())
            .build());
    rules.addAll(UserNetworkRules.egress(network));
    return rules;
  }

  /**
   * The Kubernetes API (service registration, raft auto_join, the JWT auth's issuer keys). Without
   * {@code apiServerCIDR} or {@code apiServerEndpointIPs} a pure renderer cannot know where the API
   * server is, so the fallback allows its two ports to any address; set either field to narrow it.
   */
  private static NetworkPolicyEgressRule apiServer(NetworkSpec network) {
    List<NetworkPolicyPeer> peers = new ArrayList<>();
    if (network != null && network.getApiServerCIDR() != null) {
      peers.add(ipBlock(network.getApiServerCIDR()));
    }
    if (network != null && network.getApiServerEndpointIPs() != null) {
      for (String ip : network.getApiServerEndpointIPs()) {
        peers.add(ipBlock(hostCidr(ip)));
      }
    }
    List<NetworkPolicyPort> ports = new ArrayList<>();
    for (int port : API_SERVER_PORTS) {
      ports.add(tcp(port));
    }
    return new NetworkPolicyEgressRuleBuilder()
        .withTo(peers.isEmpty() ? null : peers)
        .withPorts(ports)
        .build();
  }

  private static String hostCidr(String ip) {
    if (ip.contains("/")) {
      return ip;
    }
    return ip.contains(":") ? ip + "/128" : ip + "/32";
  }

  private static NetworkSpec network(ClusterModel model) {
    return model.spec().getNetwork();
  }

  private static LabelSelector pods(ClusterModel model) {
    return new LabelSelectorBuilder()
        .withMatchLabels(Labels.clusterSelector(model.names().cluster()))
        .build();
  }

  private static NetworkPolicyPeer podPeer(ClusterModel model) {
    return new NetworkPolicyPeerBuilder().withPodSelector(pods(model)).build();
  }

  private static NetworkPolicyPeer namespacePeer(String namespace) {
    return new NetworkPolicyPeerBuilder()
        .withNewNamespaceSelector()
        .withMatchLabels(Map.of(NAMESPACE_NAME_LABEL, namespace))
        .endNamespaceSelector()
        .build();
  }

  private static NetworkPolicyPeer ipBlock(String cidr) {
    return new NetworkPolicyPeerBuilder().withNewIpBlock().withCidr(cidr).endIpBlock().build();
  }

  private static NetworkPolicyIngressRule ingressRule(
      NetworkPolicyPeer from, List<NetworkPolicyPort> ports) {
    return new NetworkPolicyIngressRuleBuilder().withFrom(from).withPorts(ports).build();
  }

  private static List<NetworkPolicyPort> apiAndClusterPorts() {
    return List.of(tcp(PodLayout.API_PORT), tcp(PodLayout.CLUSTER_PORT));
  }

  private static NetworkPolicyPort tcp(int port) {
    return port("TCP", port);
  }

  private static NetworkPolicyPort port(String protocol, int port) {
    return new NetworkPolicyPortBuilder()
        .withProtocol(protocol)
        .withPort(new IntOrString(port))
        .build();
  }
}
