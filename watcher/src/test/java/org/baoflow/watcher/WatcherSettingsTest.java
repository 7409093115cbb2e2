package org.baoflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatcherSettingsTest {

  @Test
  void defaultsWatchEveryNamespaceOfClusterLocal() {
    WatcherSettings settings = WatcherSettings.fromEnvironment(Map.of("HOSTNAME", "watcher-0"));

    assertThat(settings.kubernetesCluster()).isEqualTo("local");
    assertThat(settings.namespaces()).isEmpty();
    assertThat(settings.taskQueue()).isEqualTo("baoflow");
    assertThat(settings.resyncPeriod()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.leaseNamespace()).isEqualTo("baoflow-system");
    assertThat(settings.leaseName()).isEqualTo("baoflow-watcher");
    assertThat(settings.identity()).startsWith("watcher-0-");
  }

  @Test
  void readsEveryVariable() {
    WatcherSettings settings =
        WatcherSettings.fromEnvironment(
            Map.of(
                "BAOFLOW_CLUSTER_NAME", "prod-eu1",
                "BAOFLOW_NAMESPACES", " openbao, team-a ,,",
                "BAOFLOW_TASK_QUEUE", "baoflow-eu1",
                "BAOFLOW_RESYNC_PERIOD", "PT0.2S",
                "BAOFLOW_NAMESPACE", "ops",
                "POD_NAME", "watcher-1"));

    assertThat(settings.kubernetesCluster()).isEqualTo("prod-eu1");
    assertThat(settings.namespaces()).containsExactly("openbao", "team-a");
    assertThat(settings.taskQueue()).isEqualTo("baoflow-eu1");
    assertThat(settings.resyncPeriod()).isEqualTo(Duration.ofMillis(200));
    assertThat(settings.leaseNamespace()).isEqualTo("ops");
    assertThat(settings.identity()).startsWith("watcher-1-");
  }

  @Test
  void twoReplicasOfOnePodNameGetDifferentIdentities() {
    Map<String, String> environment = Map.of("POD_NAME", "watcher-0");

    assertThat(WatcherSettings.fromEnvironment(environment).identity())
        .isNotEqualTo(WatcherSettings.fromEnvironment(environment).identity());
  }

  @Test
  void resyncPeriodInSeconds() {
    assertThat(
            WatcherSettings.fromEnvironment(Map.of("BAOFLOW_RESYNC_PERIOD", "15")).resyncPeriod())
        .isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void badClusterNameNamesTheVariableAndTheFix() {
    assertThatThrownBy(
            () -> WatcherSettings.fromEnvironment(Map.of("BAOFLOW_CLUSTER_NAME", "Prod_EU")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BAOFLOW_CLUSTER_NAME")
        .hasMessageContaining("DNS-1123 label")
        .hasMessageContaining("'Prod_EU'")
        .hasMessageContaining("set it to");
  }

  @Test
  void badNamespaceOrResyncPeriodIsRefused() {
    assertThatThrownBy(
            () -> WatcherSettings.fromEnvironment(Map.of("BAOFLOW_NAMESPACES", "ok,Not_OK")))
        .hasMessageContaining("BAOFLOW_NAMESPACES")
        .hasMessageContaining("'Not_OK'");
    assertThatThrownBy(
            () -> WatcherSettings.fromEnvironment(Map.of("BAOFLOW_RESYNC_PERIOD", "soon")))
        .hasMessageContaining("BAOFLOW_RESYNC_PERIOD");
    assertThatThrownBy(() -> WatcherSettings.fromEnvironment(Map.of("BAOFLOW_RESYNC_PERIOD", "0")))
        .hasMessageContaining("positive");
    assertThatThrownBy(
            () ->
                new WatcherSettings(
                    "a", List.of(), " ", Duration.ofSeconds(1), "ns", "lease", "me"))
        .hasMessageContaining("BAOFLOW_TASK_QUEUE");
  }
}
