package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.SealType;
import org.junit.jupiter.api.Test;

class ClusterModelTest {
  private static final String CLUSTER =
      """
      apiVersion: openbao.org/v1alpha1
      kind: OpenBaoCluster
      metadata:
        name: dev
        namespace: openbao
        uid: 0b1c2d3e-aaaa-bbbb-cccc-000000000001
      spec:
        profile: Development
        version: 2.4.4
        storage:
          size: 1Gi
        unseal: {}
        network:
          egressRules:
            - to:
                - namespaceSelector: {}
              ports:
                - port: 9000
      """;

  @Test
  void appliesDefaultsToACopyAndKeepsTheResourceUntouched() {
    OpenBaoCluster cluster = new KubernetesSerialization().unmarshal(CLUSTER, OpenBaoCluster.class);

    ClusterModel model = ClusterModel.from(cluster);

    assertThat(model.spec().getReplicas()).isEqualTo(3);
    assertThat(model.spec().getUnseal().getType()).isEqualTo(SealType.STATIC);
    assertThat(cluster.getSpec().getReplicas()).isNull();
    assertThat(cluster.getSpec().getUnseal().getType()).isNull();
  }

  @Test
  void namesOwnerAndImageComeFromTheResource() {
    ClusterModel model =
        ClusterModel.from(new KubernetesSerialization().unmarshal(CLUSTER, OpenBaoCluster.class));

    assertThat(model.names()).isEqualTo(new ResourceNames("dev", "openbao"));
    assertThat(model.owner())
        .isEqualTo(
            new OwnerRef(
                "openbao.org/v1alpha1",
                "OpenBaoCluster",
                "dev",
                "0b1c2d3e-aaaa-bbbb-cccc-000000000001"));
    assertThat(model.image()).isEqualTo("quay.io/openbao/openbao:2.4.4");
  }

  @Test
  void untypedRulesSurviveTheCopy() {
    ClusterModel model =
        ClusterModel.from(new KubernetesSerialization().unmarshal(CLUSTER, OpenBaoCluster.class));

    assertThat(model.spec().getNetwork().getEgressRules())
        .singleElement()
        .satisfies(rule -> assertThat(rule.values()).containsKeys("to", "ports"));
  }
}
