package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import org.baoflow.api.v1alpha1.NetworkSpec;
import org.baoflow.api.v1alpha1.UntypedObject;
import org.junit.jupiter.api.Test;

class NetworkPolicyRendererTest {

  @Test
  void deniesEverythingNotAllowedInBothDirectionsForAllRevisions() {
    NetworkPolicy policy = render(Scenario.DEV_LANE.model());

    assertThat(policy.getMetadata().getName()).isEqualTo("dev-network-policy");
    assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
    assertThat(policy.getSpec().getPodSelector().getMatchLabels())
        .isEqualTo(Labels.clusterSelector("dev"));
  }

  @Test
  void userRulesComeAfterBaoFlowsInTheOrderWritten() {
    ClusterModel model = Scenario.HARDENED_TRANSIT.model();
    NetworkPolicy policy = render(model);

    List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
    List<NetworkPolicyIngressRule> ingress = policy.getSpec().getIngress();
    assertThat(egress).hasSize(4);
    assertThat(egress.get(3).getTo().get(0).getIpBlock().getCidr()).isEqualTo("203.0.113.10/32");
    assertThat(ingress).hasSize(3);
    assertThat(ingress.get(2).getFrom().get(0).getNamespaceSelector().getMatchLabels())
        .containsEntry("kubernetes.io/metadata.name", "ingress-nginx");

    UntypedObject second = new UntypedObject(Map.of("ports", List.of(Map.of("port", 9000))));
    model.spec().getNetwork().getEgressRules().add(second);
    assertThat(render(model).getSpec().getEgress())
        .hasSize(5)
        .last()
        .satisfies(
            rule -> assertThat(rule.getPorts().get(0).getPort().getIntVal()).isEqualTo(9000));
  }

  @Test
  void allowsDnsOverUdpAndTcpToTheDnsNamespace() {
    ClusterModel model = Scenario.DEV_LANE.model();
    NetworkPolicyEgressRule dns = render(model).getSpec().getEgress().get(0);

    assertThat(namespaces(dns.getTo())).containsExactly("kube-system");
    assertThat(dns.getPorts())
        .extracting(NetworkPolicyPort::getProtocol, port -> port.getPort().getIntVal())
        .containsExactly(tuple("UDP", 53), tuple("TCP", 53));

    NetworkSpec network = new NetworkSpec();
    network.setDnsNamespace("dns-system");
    model.spec().setNetwork(network);
    assertThat(namespaces(render(model).getSpec().getEgress().get(0).getTo()))
        .containsExactly("dns-system");
  }

  @Test
  void apiServerIsReachedAtTheGivenAddressesOnBothPorts() {
    NetworkPolicyEgressRule api =
        render(Scenario.HARDENED_TRANSIT.model()).getSpec().getEgress().get(1);

    assertThat(api.getTo())
        .extracting(peer -> peer.getIpBlock().getCidr())
        .containsExactly("10.96.0.1/32", "172.18.0.2/32", "fd00::2/128");
    assertThat(api.getPorts())
        .extracting(port -> port.getPort().getIntVal())
        .containsExactly(443, 6443);
  }

  @Test
  void withoutApiServerAddressesTheApiPortsAreOpenToAnyAddress() {
    NetworkPolicyEgressRule api = render(Scenario.DEV_LANE.model()).getSpec().getEgress().get(1);

    assertThat(api.getTo()).isNullOrEmpty();
    assertThat(api.getPorts())
        .extracting(port -> port.getPort().getIntVal())
        .containsExactly(443, 6443);
  }

  @Test
  void podsOfTheClusterTalkToEachOtherOnBothPorts() {
    NetworkPolicy policy = render(Scenario.DEV_LANE.model());

    for (List<NetworkPolicyPeer> peers :
        List.of(
            policy.getSpec().getIngress().get(0).getFrom(),
            policy.getSpec().getEgress().get(2).getTo())) {
      assertThat(peers)
          .singleElement()
          .satisfies(
              peer ->
                  assertThat(peer.getPodSelector().getMatchLabels())
                      .isEqualTo(Labels.clusterSelector("dev")));
    }
    assertThat(policy.getSpec().getIngress().get(0).getPorts())
        .extracting(port -> port.getPort().getIntVal())
        .containsExactly(8200, 8201);
  }

  @Test
  void theWorkerAndTheGatewayReachTheApiPortFromTheirNamespaces() {
    assertThat(render(Scenario.DEV_LANE.model()).getSpec().getIngress())
        .extracting(rule -> namespaces(rule.getFrom()))
        .containsExactly(List.of(), List.of("baoflow-system"));

    List<NetworkPolicyIngressRule> ingress =
        render(Scenario.GATEWAY_PASSTHROUGH.model()).getSpec().getIngress();
    assertThat(ingress)
        .extracting(rule -> namespaces(rule.getFrom()))
        .containsExactly(List.of(), List.of("baoflow-system"), List.of("gateway-system"));
    assertThat(ingress.get(2).getPorts())
        .extracting(port -> port.getPort().getIntVal())
        .containsExactly(8200);
  }

  @Test
  void aRuleThatIsNotARuleIsASpecErrorNamingIt() {
    ClusterModel model = Scenario.HARDENED_TRANSIT.model();
    model.spec().getNetwork().getIngressRules().add(new UntypedObject(Map.of("from", "everyone")));

    assertThatThrownBy(() -> render(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spec.network.ingressRules[1] is not a NetworkPolicyIngressRule");
  }

  private static NetworkPolicy render(ClusterModel model) {
    return NetworkPolicyRenderer.render(model, Scenario.PLATFORM);
  }

  private static List<String> namespaces(List<NetworkPolicyPeer> peers) {
    return peers.stream()
        .filter(peer -> peer.getNamespaceSelector() != null)
        .map(
            peer -> peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
        .toList();
  }
}
