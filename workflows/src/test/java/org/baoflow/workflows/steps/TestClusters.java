package org.baoflow.workflows.steps;

import org.baoflow.api.v1alpha1.ConfigurationSpec;
import org.baoflow.api.v1alpha1.DemoLoginSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.Profile;
import org.baoflow.api.v1alpha1.SelfInitSpec;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * Cluster snapshots for workflow tests: {@code openbao/dev} in Kubernetes cluster {@code local}.
 */
public final class TestClusters {
  /** The cluster every test works on. */
  public static final ClusterRef REF = new ClusterRef("local", "openbao", "dev", "uid-1");

  private TestClusters() {}

  /** A Development cluster of {@code replicas} with self-init and the demo login as given. */
  public static ClusterSnapshot snapshot(int replicas, boolean selfInit, boolean demoLogin) {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setProfile(Profile.DEVELOPMENT);
    spec.setVersion("2.4.4");
    spec.setReplicas(replicas);
    SelfInitSpec selfInitSpec = new SelfInitSpec();
    selfInitSpec.setEnabled(selfInit);
    spec.setSelfInit(selfInitSpec);
    DemoLoginSpec demo = new DemoLoginSpec();
    demo.setEnabled(demoLogin);
    spec.setDemoLogin(demo);
    return new ClusterSnapshot(REF, 1, spec);
  }

  /** {@code cluster} at the next generation with another cache size, which rolls every pod. */
  public static ClusterSnapshot withConfigurationChange(ClusterSnapshot cluster) {
    OpenBaoClusterSpec spec = copy(cluster.spec());
    ConfigurationSpec configuration = new ConfigurationSpec();
    configuration.setCacheSize(
        spec.getConfiguration() == null || spec.getConfiguration().getCacheSize() == null
            ? 1000
            : spec.getConfiguration().getCacheSize() + 1);
    spec.setConfiguration(configuration);
    return new ClusterSnapshot(cluster.ref(), cluster.generation() + 1, spec);
  }

  /** {@code cluster} at the next generation with {@code replicas}. */
  public static ClusterSnapshot withReplicas(ClusterSnapshot cluster, int replicas) {
    OpenBaoClusterSpec spec = copy(cluster.spec());
    spec.setReplicas(replicas);
    return new ClusterSnapshot(cluster.ref(), cluster.generation() + 1, spec);
  }

  private static OpenBaoClusterSpec copy(OpenBaoClusterSpec spec) {
    var converter = BaoFlowDataConverter.get();
    return converter.fromPayload(
        converter.toPayload(spec).orElseThrow(),
        OpenBaoClusterSpec.class,
        OpenBaoClusterSpec.class);
  }
}
