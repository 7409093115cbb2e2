package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccountTokenProjection;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baoflow.activities.openbao.ServiceAccountTokens;
import org.baoflow.watcher.WatcherSettings;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.baoflow.worker.PlatformConfig;
import org.baoflow.worker.WorkerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install manifests of {@code deploy/} parse, and their Deployments give the worker and the
 * watcher the environment those processes read, consistent with each other and with the RBAC.
 */
class DeployManifestsTest {
  private static final String SYSTEM = "baoflow-system";

  /** Every variable the worker reads (WorkerConfig, TemporalConnection, PlatformConfig). */
  private static final Set<String> WORKER_VARIABLES =
      Set.of(
          TemporalConnection.ADDRESS,
          TemporalConnection.NAMESPACE,
          TemporalConnection.CLIENT_CERT,
          TemporalConnection.CLIENT_KEY,
          TemporalConnection.SERVER_CA,
          TemporalConnection.API_KEY,
          WorkerConfig.TASK_QUEUE,
          WorkerConfig.HTTP_PORT,
          WorkerConfig.SHUTDOWN_TIMEOUT,
          PlatformConfig.NAMESPACE,
          PlatformConfig.SERVICE_ACCOUNT,
          PlatformConfig.ISSUER,
          PlatformConfig.POLL_SECONDS,
          PlatformConfig.TOKEN_FILE);

  /** Every variable the watcher reads (WatcherSettings and TemporalConnection). */
  private static final Set<String> WATCHER_VARIABLES =
      Set.of(
          TemporalConnection.ADDRESS,
          TemporalConnection.NAMESPACE,
          TemporalConnection.CLIENT_CERT,
          TemporalConnection.CLIENT_KEY,
          TemporalConnection.SERVER_CA,
          TemporalConnection.API_KEY,
          "BAOFLOW_CLUSTER_NAME",
          "BAOFLOW_NAMESPACES",
          "BAOFLOW_TASK_QUEUE",
          "BAOFLOW_RESYNC_PERIOD",
          "BAOFLOW_NAMESPACE",
          "POD_NAME");

  @TempDir Path temp;

  @Test
  void everyFileOfTheKustomizationParsesIntoModelObjects() {
    List<HasMetadata> objects = DeployManifests.objects();

    assertThat(DeployManifests.files()).allMatch(Files::isRegularFile);
    assertThat(objects)
        .extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
        .contains(
            "CustomResourceDefinition/openbaoclusters.openbao.org",
            "CustomResourceDefinition/openbaorestores.openbao.org",
            "Namespace/" + SYSTEM,
            "ServiceAccount/baoflow-worker",
            "ServiceAccount/baoflow-watcher",
            "ClusterRole/baoflow-worker",
            "ClusterRole/baoflow-watcher",
            "Deployment/baoflow-worker",
            "Deployment/baoflow-watcher");
    assertThat(objects)
        .filteredOn(o -> !o.getKind().startsWith("Cluster") && !o.getKind().equals("Namespace"))
        .filteredOn(o -> !o.getKind().equals("CustomResourceDefinition"))
        .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo(SYSTEM));
  }

  @Test
  void theWorkerGetsTheEnvironmentItReadsAndServesItsProbesWhereItListens() throws IOException {
    Deployment deployment = DeployManifests.object(Deployment.class, "baoflow-worker");
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    Container worker = pod.getContainers().get(0);
    Map<String, String> environment = environment(deployment);

    assertThat(environment.keySet()).isSubsetOf(WORKER_VARIABLES);
    Path tokenFile = projectedTokenFile(pod, worker, environment.get(PlatformConfig.TOKEN_FILE));
    environment.put(PlatformConfig.TOKEN_FILE, tokenFile.toString());
    WorkerConfig config = WorkerConfig.fromEnvironment(environment);
    PlatformConfig platform = PlatformConfig.fromEnvironment(environment);

    assertThat(pod.getServiceAccountName()).isEqualTo("baoflow-worker");
    assertThat(platform.platform().workerNamespace())
        .isEqualTo(LaneBaoFlow.PLATFORM.workerNamespace());
    assertThat(platform.platform().workerServiceAccount())
        .isEqualTo(LaneBaoFlow.PLATFORM.workerServiceAccount());
    assertThat(platform.openBaoTokenFile()).contains(tokenFile);
    assertThat(config.taskQueue()).isEqualTo(watcherSettings().taskQueue());
    assertThat(config.temporal().namespace())
        .isEqualTo(
            environment(DeployManifests.object(Deployment.class, "baoflow-watcher"))
                .get(TemporalConnection.NAMESPACE));
    assertThat(worker.getPorts())
        .singleElement()
        .satisfies(
            port -> {
              assertThat(port.getName()).isEqualTo("http");
              assertThat(port.getContainerPort()).isEqualTo(config.httpPort());
            });
    assertThat(worker.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
    assertThat(worker.getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
    assertThat(worker.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
    assertThat(worker.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
    assertThat(pod.getTerminationGracePeriodSeconds())
        .isGreaterThan(config.shutdownTimeout().toSeconds());
  }

  @Test
  void theWatcherGetsTheEnvironmentItReadsAndCompetesForTheLeaseItsRoleNames() {
    Deployment deployment = DeployManifests.object(Deployment.class, "baoflow-watcher");
    WatcherSettings settings = watcherSettings();
    Role lease = DeployManifests.object(Role.class, "baoflow-watcher-lease");

    assertThat(environment(deployment).keySet()).isSubsetOf(WATCHER_VARIABLES);
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    assertThat(deployment.getSpec().getTemplate().getSpec().getServiceAccountName())
        .isEqualTo("baoflow-watcher");
    assertThat(settings.leaseNamespace()).isEqualTo(lease.getMetadata().getNamespace());
    assertThat(lease.getRules())
        .filteredOn(rule -> rule.getResourceNames() != null && !rule.getResourceNames().isEmpty())
        .singleElement()
        .satisfies(
            rule -> assertThat(rule.getResourceNames()).containsExactly(settings.leaseName()));
    assertThat(settings.namespaces()).as("all namespaces").isEmpty();
    assertThat(settings.identity()).startsWith("baoflow-watcher-7d9f-pod-");
  }

  @Test
  void bothRunAsNonRootOnAReadOnlyRootFilesystemWithoutCapabilities() {
    for (String name : List.of("baoflow-worker", "baoflow-watcher")) {
      PodSpec pod =
          DeployManifests.object(Deployment.class, name).getSpec().getTemplate().getSpec();
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
      assertThat(pod.getContainers())
          .as(name)
          .allSatisfy(
              container -> {
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
                assertThat(container.getSecurityContext().getCapabilities().getDrop())
                    .containsExactly("ALL");
                assertThat(container.getVolumeMounts())
                    .extracting(VolumeMount::getMountPath)
                    .contains("/tmp");
              });
    }
  }

  private static WatcherSettings watcherSettings() {
    return WatcherSettings.fromEnvironment(
        environment(DeployManifests.object(Deployment.class, "baoflow-watcher")));
  }

  /**
   * The projected token the variable names: a volume of the pod projecting a token with the
   * audience OpenBao's JWT role expects, mounted where the variable points. Returns a stand-in
   * file, since the configuration wants to read it.
   */
  private Path projectedTokenFile(PodSpec pod, Container container, String variable)
      throws IOException {
    assertThat(variable).as(PlatformConfig.TOKEN_FILE).isNotBlank();
    VolumeMount mount =
        container.getVolumeMounts().stream()
            .filter(m -> variable.startsWith(m.getMountPath() + "/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no volume is mounted at " + variable));
    ServiceAccountTokenProjection projection =
        pod.getVolumes().stream()
            .filter(volume -> volume.getName().equals(mount.getName()))
            .flatMap(volume -> volume.getProjected().getSources().stream())
            .map(VolumeProjection::getServiceAccountToken)
            .filter(token -> token != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError(mount.getName() + " projects no token"));
    assertThat(projection.getAudience()).isEqualTo(ServiceAccountTokens.AUDIENCE);
    assertThat(mount.getMountPath() + "/" + projection.getPath()).isEqualTo(variable);
    return Files.writeString(temp.resolve("token"), "header.payload.signature");
  }

  /**
   * The container's environment as the kubelet builds it: literal values, keys of ConfigMap
   * baoflow-config, and the Downward API fields the manifests use; an optional Secret key is left
   * out, as when the Secret does not exist.
   */
  private static Map<String, String> environment(Deployment deployment) {
    ConfigMap config = DeployManifests.object(ConfigMap.class, "baoflow-config");
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    Map<String, String> environment = new HashMap<>();
    for (EnvVar variable : pod.getContainers().get(0).getEnv()) {
      EnvVarSource source = variable.getValueFrom();
      if (source == null) {
        environment.put(variable.getName(), variable.getValue());
      } else if (source.getConfigMapKeyRef() != null) {
        assertThat(source.getConfigMapKeyRef().getName()).isEqualTo("baoflow-config");
        assertThat(config.getData()).containsKey(source.getConfigMapKeyRef().getKey());
        environment.put(
            variable.getName(), config.getData().get(source.getConfigMapKeyRef().getKey()));
      } else if (source.getFieldRef() != null) {
        environment.put(variable.getName(), field(deployment, source.getFieldRef().getFieldPath()));
      } else {
        assertThat(source.getSecretKeyRef().getOptional()).as(variable.getName()).isTrue();
      }
    }
    return environment;
  }

  private static String field(Deployment deployment, String path) {
    return switch (path) {
      case "metadata.namespace" -> deployment.getMetadata().getNamespace();
      case "metadata.name" -> deployment.getMetadata().getName() + "-7d9f-pod";
      case "spec.serviceAccountName" ->
          deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
      default -> throw new AssertionError("a Downward API field the test does not know: " + path);
    };
  }
}
