package org.baoflow.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.baoflow.activities.backup.BackupSettings;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.bao.BaoEndpointResolver;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.Platform;
import org.baoflow.activities.openbao.BaoSettings;
import org.baoflow.workflows.activities.BackupActivities;
import org.baoflow.workflows.activities.BaoActivities;
import org.baoflow.workflows.activities.CleanupActivities;
import org.baoflow.workflows.activities.ResourceActivities;
import org.baoflow.workflows.activities.SecretActivities;
import org.baoflow.workflows.activities.StatusActivities;
import org.baoflow.workflows.activities.ValidationActivities;
import org.baoflow.workflows.activities.WorkloadActivities;
import org.baoflow.workflows.bootstrap.BootstrapWorkflow;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import org.baoflow.workflows.converge.ConvergeWorkflow;
import org.baoflow.workflows.delete.DeleteWorkflow;
import org.junit.jupiter.api.Test;

/** A worker runs every workflow and every activity the workflows call, each exactly once. */
class BaoFlowComponentsTest {

  @Test
  void everyWorkflowAndActivityInterfaceHasExactlyOneImplementation() {
    try (KubernetesClient kube =
        new KubernetesClientBuilder()
            .withConfig(
                new io.fabric8.kubernetes.client.ConfigBuilder()
                    .withMasterUrl("https://127.0.0.1:1")
                    .build())
            .build()) {
      Platform platform = new Platform("baoflow-system", "baoflow-worker", "https://issuer");
      WorkerComponents components =
          BaoFlowComponents.of(
              kube,
              KubeSettings.of(platform, Duration.ofSeconds(1)),
              new BaoSettings(
                  BaoEndpointResolver.direct(),
                  () -> "jwt",
                  Duration.ofSeconds(1),
                  BaoClientSettings.defaults()),
              BackupSettings.direct(),
              Clock.systemUTC(),
              List.of());

      for (Class<?> workflow :
          List.of(
              ClusterWorkflow.class,
              BootstrapWorkflow.class,
              ConvergeWorkflow.class,
              DeleteWorkflow.class)) {
        assertThat(components.workflowImplementationTypes())
            .filteredOn(workflow::isAssignableFrom)
            .as(workflow.getSimpleName())
            .hasSize(1);
      }
      for (Class<?> activities :
          List.of(
              ValidationActivities.class,
              StatusActivities.class,
              ResourceActivities.class,
              SecretActivities.class,
              WorkloadActivities.class,
              CleanupActivities.class,
              BaoActivities.class,
              BackupActivities.class)) {
        assertThat(components.activityImplementations())
            .filteredOn(activities::isInstance)
            .as(activities.getSimpleName())
            .hasSize(1);
      }
      assertThat(
              components.activityImplementations().stream()
                  .flatMap(a -> Stream.of(a.getClass().getInterfaces()))
                  .map(Class::getSimpleName))
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void theWorkerMainFindsBaoFlowsComposition() {
    assertThat(
            ServiceLoader.load(WorkerComposition.class).stream()
                .map(provider -> provider.type().getName()))
        .containsExactly(BaoFlowComposition.class.getName());
    assertThat(Arrays.asList(BaoFlowComposition.class.getInterfaces()))
        .contains(WorkerComposition.class);
  }
}
