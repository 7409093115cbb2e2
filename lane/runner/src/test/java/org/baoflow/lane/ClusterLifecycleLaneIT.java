package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 4's lifecycle proofs on a lane of two Kubernetes clusters, each with its own watcher and
 * worker on one Temporal: invalid resources are refused with nothing created, each deletionPolicy
 * leaves exactly what it says, the same namespace and name in both clusters are two clusters, and
 * no history holds a secret.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
class ClusterLifecycleLaneIT {
  private static final Path INVALID = Path.of("../../api/src/test/resources/invalid");
  private static final String PRIMARY = "primary";
  private static final String SECONDARY = "secondary";

  private static Lane lane;
  private static LaneBaoFlow primaryFlow;
  private static LaneBaoFlow secondaryFlow;
  private static OperatedClusters primary;
  private static OperatedClusters secondary;

  @BeforeAll
  static void startLane() {
    lane =
        Lane.builder()
            .clusters(PRIMARY, SECONDARY)
            .realTimeTemporal()
            .openBao(SimulatedOpenBao.launchers())
            .start();
    primaryFlow = LaneBaoFlow.start(lane, PRIMARY);
    secondaryFlow = LaneBaoFlow.start(lane, SECONDARY);
    primary = new OperatedClusters(lane.client(PRIMARY));
    secondary = new OperatedClusters(lane.client(SECONDARY));
  }

  @AfterAll
  static void stopLane() {
    for (AutoCloseable closeable : new AutoCloseable[] {secondaryFlow, primaryFlow, lane}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        // keep closing the rest
      }
    }
  }

  @Test
  @Order(1)
  void everyInvalidClusterOfTheCatalogueIsRefusedWithNothingCreated() throws IOException {
    Map<OpenBaoCluster, String> expected = invalidCatalogue();
    assertThat(expected).hasSizeGreaterThan(30);
    expected.keySet().forEach(primary::create);

    for (Map.Entry<OpenBaoCluster, String> entry : expected.entrySet()) {
      String namespace = entry.getKey().getMetadata().getNamespace();
      String name = entry.getKey().getMetadata().getName();
      OpenBaoClusterStatus status =
          primary.awaitStatus(
              namespace,
              name,
              "Valid=False",
              s ->
                  s.getConditions() != null
                      && s.getConditions().stream()
                          .anyMatch(
                              c -> c.getType().equals("Valid") && c.getStatus().equals("False")));
      assertThat(status.getConditions())
          .filteredOn(c -> c.getType().equals("Valid"))
          .singleElement()
          .satisfies(c -> assertThat(c.getMessage()).as(name).contains(entry.getValue()));
      assertThat(status.getPhase()).isEqualTo("Pending");
      assertThat(primary.get(namespace, name).getMetadata().getFinalizers()).isNullOrEmpty();
      assertThat(owned(primary, namespace, name)).as("what " + name + " got").isEmpty();
    }
  }

  /**
   * Every single-document OpenBaoCluster of the catalogue, named after its file, and its message.
   */
  private static Map<OpenBaoCluster, String> invalidCatalogue() throws IOException {
    Map<OpenBaoCluster, String> catalogue = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(INVALID)) {
      files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!text.contains("kind: OpenBaoCluster") || text.contains("\n---")) {
        continue;
      }
      String stem = file.getFileName().toString().replace(".yaml", "");
      OpenBaoCluster cluster = OperatedClusters.load(file, stem);
      String expect =
          text.lines().filter(l -> l.startsWith("# expect: ")).findFirst().orElseThrow();
      catalogue.put(cluster, expect.substring("# expect: ".length()));
    }
    return catalogue;
  }

  private static List<String> owned(OperatedClusters clusters, String namespace, String name) {
    var kube = clusters.kube();
    List<String> found = new ArrayList<>();
    kube.apps()
        .statefulSets()
        .inNamespace(namespace)
        .withLabel("openbao.org/cluster", name)
        .list()
        .getItems()
        .forEach(s -> found.add("StatefulSet/" + s.getMetadata().getName()));
    kube.configMaps()
        .inNamespace(namespace)
        .withLabel("openbao.org/cluster", name)
        .list()
        .getItems()
        .forEach(c -> found.add("ConfigMap/" + c.getMetadata().getName()));
    kube.secrets().inNamespace(namespace).list().getItems().stream()
        .filter(s -> s.getMetadata().getName().startsWith(name + "-"))
        .forEach(s -> found.add("Secret/" + s.getMetadata().getName()));
    return found;
  }

  @Test
  @Order(2)
  void eachDeletionPolicyLeavesExactlyWhatItSays() {
    Map<String, DeletionPolicy> policies = new LinkedHashMap<>();
    policies.put("keep", DeletionPolicy.RETAIN);
    policies.put("pvcs", DeletionPolicy.DELETE_PVCS);
    policies.put("all", DeletionPolicy.DELETE_ALL);
    String namespace = "deletion";
    policies.forEach(
        (name, policy) -> {
          OpenBaoCluster cluster = OperatedClusters.load(OperatedClusters.DEV_SAMPLE, name);
          cluster.getMetadata().setNamespace(namespace);
          cluster.getSpec().setReplicas(1);
          cluster.getSpec().setDeletionPolicy(policy);
          primary.create(cluster);
        });
    policies
        .keySet()
        .forEach(
            name ->
                primary.awaitStatus(namespace, name, "Running", OperatedClusters.running(1, 1)));

    policies
        .keySet()
        .forEach(
            name ->
                primary
                    .kube()
                    .resources(OpenBaoCluster.class)
                    .inNamespace(namespace)
                    .withName(name)
                    .delete());
    policies.keySet().forEach(name -> primary.awaitGone(namespace, name));

    for (String name : policies.keySet()) {
      assertThat(primary.pods(namespace, name)).as(name + " pods").isEmpty();
      assertThat(primary.kube().apps().statefulSets().inNamespace(namespace).withName(name).get())
          .isNull();
    }
    assertThat(claims(namespace, "keep")).containsExactly("data-keep-0");
    assertThat(claims(namespace, "pvcs")).isEmpty();
    assertThat(claims(namespace, "all")).isEmpty();
    assertThat(generatedSecrets(namespace, "keep"))
        .contains("keep-unseal-key", "keep-tls-ca", "keep-tls-server");
    assertThat(generatedSecrets(namespace, "pvcs"))
        .contains("pvcs-unseal-key", "pvcs-tls-ca", "pvcs-tls-server");
    assertThat(generatedSecrets(namespace, "all")).isEmpty();
  }

  private static List<String> claims(String namespace, String cluster) {
    return primary.kube().persistentVolumeClaims().inNamespace(namespace).list().getItems().stream()
        .map(PersistentVolumeClaim::getMetadata)
        .map(m -> m.getName())
        .filter(name -> name.startsWith("data-" + cluster + "-"))
        .sorted()
        .toList();
  }

  private static List<String> generatedSecrets(String namespace, String cluster) {
    return primary.kube().secrets().inNamespace(namespace).list().getItems().stream()
        .map(Secret::getMetadata)
        .map(m -> m.getName())
        .filter(name -> name.startsWith(cluster + "-"))
        .sorted()
        .toList();
  }

  @Test
  @Order(3)
  void theSameNamespaceAndNameInTwoKubernetesClustersAreTwoClusters() {
    for (OperatedClusters clusters : List.of(primary, secondary)) {
      OpenBaoCluster dev = OperatedClusters.load(OperatedClusters.DEV_SAMPLE, "dev");
      dev.getSpec().setReplicas(1);
      clusters.create(dev);
    }
    OpenBaoClusterStatus onPrimary =
        primary.awaitStatus("openbao", "dev", "Running", OperatedClusters.running(1, 1));
    OpenBaoClusterStatus onSecondary =
        secondary.awaitStatus("openbao", "dev", "Running", OperatedClusters.running(1, 1));

    assertThat(onPrimary.getWorkflowId())
        .isEqualTo(new ClusterWorkflowIds(PRIMARY, "openbao", "dev").cluster());
    assertThat(onSecondary.getWorkflowId())
        .isEqualTo(new ClusterWorkflowIds(SECONDARY, "openbao", "dev").cluster());
    assertThat(primary.secretValue("openbao", "dev-unseal-key", "key"))
        .as("each cluster has its own unseal key")
        .isNotEqualTo(secondary.secretValue("openbao", "dev-unseal-key", "key"));
  }

  @Test
  @Order(4)
  void noHistoryHoldsAnUnsealKeyAPasswordATokenOrAPrivateKey() {
    List<String> secrets = new ArrayList<>();
    for (OperatedClusters clusters : List.of(primary, secondary)) {
      for (Secret secret : clusters.kube().secrets().inAnyNamespace().list().getItems()) {
        if (secret.getData() != null) {
          for (String encoded : secret.getData().values()) {
            secrets.add(encoded);
            String decoded =
                new String(java.util.Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (decoded.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
              secrets.add(decoded);
            }
          }
        }
        if (secret.getStringData() != null) {
          secrets.addAll(secret.getStringData().values());
        }
      }
    }
    assertThat(secrets).isNotEmpty();
    // Certificates are public; short values (labels, key names) are no secrets.
    secrets.removeIf(
        value ->
            value.length() < 16
                || value.startsWith("LS0tLS1CRUdJTiBDRVJU")
                || value.startsWith("-----BEGIN CERTIFICATE"));

    List<String> histories = HistoryScan.allHistories(lane.workflowClient());

    assertThat(histories).hasSizeGreaterThan(10);
    assertThat(HistoryScan.leaks(histories, secrets)).isEmpty();
  }
}
