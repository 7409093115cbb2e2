package org.baoflow.worker;

import com.codahale.metrics.MetricRegistry;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Clock;
import java.util.List;
import org.baoflow.activities.backup.BackupSettings;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.bao.BaoEndpointResolver;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.Platform;
import org.baoflow.activities.openbao.BaoSettings;
import org.baoflow.activities.openbao.ProjectedTokenFile;
import org.baoflow.activities.openbao.ServiceAccountTokens;
import org.baoflow.activities.openbao.TokenRequestTokens;

/**
 * The worker in Kubernetes: a client of the cluster it runs in (in-cluster configuration or
 * kubeconfig), pods reached by their DNS names, and OpenBao logins with a projected token or, when
 * none is mounted, tokens from the TokenRequest API for the worker's own ServiceAccount; backups go
 * to the S3 endpoint the spec names.
 */
public final class BaoFlowComposition implements WorkerComposition {

  @Override
  public WorkerComponents compose(WorkerConfig config, MetricRegistry metrics) {
    PlatformConfig platform = PlatformConfig.fromEnvironment(System.getenv());
    KubernetesClient kube = new KubernetesClientBuilder().build();
    return BaoFlowComponents.of(
        kube,
        KubeSettings.of(platform.platform(), platform.pollInterval()),
        new BaoSettings(
            BaoEndpointResolver.direct(),
            tokens(kube, platform),
            platform.pollInterval(),
            BaoClientSettings.defaults()),
        BackupSettings.direct(),
        Clock.systemUTC(),
        List.of(kube));
  }

  private static ServiceAccountTokens tokens(KubernetesClient kube, PlatformConfig config) {
    Platform platform = config.platform();
    return config
        .openBaoTokenFile()
        .<ServiceAccountTokens>map(ProjectedTokenFile::new)
        .orElseGet(
            () ->
                new TokenRequestTokens(
                    kube,
                    platform.workerNamespace(),
                    platform.workerServiceAccount(),
                    ServiceAccountTokens.AUDIENCE));
  }
}
