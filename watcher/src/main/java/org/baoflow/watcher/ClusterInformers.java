package org.baoflow.watcher;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.baoflow.api.v1alpha1.OpenBaoCluster;

/**
 * The informers of one watcher: OpenBaoClusters, and the StatefulSets and Services that carry
 * {@link ClusterEventFilter#CLUSTER_LABEL}, in every namespace or in the configured ones. Each
 * event becomes a {@link PendingSend} handed to the sink; {@link #current()} gives the sends of
 * every cached object, for resyncs.
 */
final class ClusterInformers implements AutoCloseable {
  private final KubernetesClient kube;
  private final List<String> namespaces;
  private final ClusterEventFilter filter;
  private final WatcherMetrics metrics;
  private final Consumer<PendingSend> sink;
  private final List<SharedIndexInformer<OpenBaoCluster>> clusters = new ArrayList<>();
  private final List<SharedIndexInformer<? extends HasMetadata>> owned = new ArrayList<>();

  ClusterInformers(
      KubernetesClient kube,
      List<String> namespaces,
      ClusterEventFilter filter,
      WatcherMetrics metrics,
      Consumer<PendingSend> sink) {
    this.kube = kube;
    this.namespaces = namespaces;
    this.filter = filter;
    this.metrics = metrics;
    this.sink = sink;
  }

  /** Starts every informer and returns once each has listed its objects. */
  void start() {
    for (var scope : scopes(kube.resources(OpenBaoCluster.class))) {
      clusters.add(scope.inform(new ClusterHandler(), 0));
    }
    for (var scope : scopes(kube.apps().statefulSets())) {
      owned.add(scope.withLabel(ClusterEventFilter.CLUSTER_LABEL).inform(new OwnedHandler<>(), 0));
    }
    for (var scope : scopes(kube.services())) {
      owned.add(scope.withLabel(ClusterEventFilter.CLUSTER_LABEL).inform(new OwnedHandler<>(), 0));
    }
  }

  /** The sends of every cached object as it is now. */
  List<PendingSend> current() {
    long now = System.nanoTime();
    List<PendingSend> sends = new ArrayList<>();
    clusters.forEach(
        informer -> informer.getStore().list().forEach(c -> sends.add(filter.cluster(c, now))));
    owned.forEach(
        informer ->
            informer.getStore().list().forEach(r -> filter.owned(r, now).ifPresent(sends::add)));
    return sends;
  }

  @Override
  public void close() {
    clusters.forEach(SharedIndexInformer::close);
    owned.forEach(SharedIndexInformer::close);
  }

  private <T extends HasMetadata, L extends KubernetesResourceList<T>, R extends Resource<T>>
      List<FilterWatchListDeletable<T, L, R>> scopes(MixedOperation<T, L, R> operation) {
    if (namespaces.isEmpty()) {
      return List.of(operation.inAnyNamespace());
    }
    return namespaces.stream()
        .<FilterWatchListDeletable<T, L, R>>map(operation::inNamespace)
        .toList();
  }

  private final class ClusterHandler implements ResourceEventHandler<OpenBaoCluster> {
    @Override
    public void onAdd(OpenBaoCluster cluster) {
      received(filter.cluster(cluster, System.nanoTime()));
    }

    @Override
    public void onUpdate(OpenBaoCluster old, OpenBaoCluster cluster) {
      received(filter.cluster(cluster, System.nanoTime()));
    }

    @Override
    public void onDelete(OpenBaoCluster cluster, boolean finalStateUnknown) {
      received(filter.clusterGone(cluster, System.nanoTime()));
    }
  }

  private final class OwnedHandler<T extends HasMetadata> implements ResourceEventHandler<T> {
    @Override
    public void onAdd(T resource) {
      received(filter.owned(resource, System.nanoTime()));
    }

    @Override
    public void onUpdate(T old, T resource) {
      received(filter.owned(resource, System.nanoTime()));
    }

    @Override
    public void onDelete(T resource, boolean finalStateUnknown) {
      received(filter.ownedGone(resource, System.nanoTime()));
    }
  }

  private void received(PendingSend send) {
    metrics.eventReceived();
    sink.accept(send);
  }

  private void received(Optional<PendingSend> send) {
    metrics.eventReceived();
    send.ifPresent(sink);
  }
}
