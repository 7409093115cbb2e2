package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

class PodDisruptionBudgetRendererTest {

  @Test
  void evictsOnePodAtATimeAcrossAllRevisions() {
    PodDisruptionBudget budget =
        PodDisruptionBudgetRenderer.render(Scenario.DEV_LANE.model()).orElseThrow();

    assertThat(budget.getMetadata().getName()).isEqualTo("dev-pdb");
    assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    assertThat(budget.getSpec().getMinAvailable()).isNull();
    assertThat(budget.getSpec().getSelector().getMatchLabels())
        .isEqualTo(Labels.clusterSelector("dev"));
  }

  @Test
  void noBudgetBelowThreeReplicas() {
    ClusterModel model = Scenario.DEV_LANE.model();
    model.spec().setReplicas(1);

    assertThat(PodDisruptionBudgetRenderer.render(model)).isEmpty();
  }
}
