package org.baoflow.lane.sim.kubelet;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lane's kubelet and StatefulSet controller in one: watches StatefulSets, Pods and
 * PersistentVolumeClaims through a fabric8 client, creates and deletes pods as the StatefulSet
 * controller does, and runs each pod's container through a {@link ContainerRuntime}, publishing
 * {@code status.podIP} = 127.0.0.1 and the container's port in {@link #PORT_ANNOTATION}.
 *
 * <p>One thread reconciles: on every watch event and at least every probe interval.
 */
public final class Kubelet implements AutoCloseable {
  /** Annotation carrying the loopback port a pod's container listens on. */
  public static final String PORT_ANNOTATION = "lane.openbao.org/port";

  /**
   * Held on the pods the kubelet creates, so deletion waits for the container to stop (a pod
   * deleted while no kubelet runs stays terminating, as on a node that is down).
   */
  public static final String POD_FINALIZER = "lane.openbao.org/kubelet";

  private static final Logger LOG = LoggerFactory.getLogger(Kubelet.class);

  private final ScheduledExecutorService loop;
  private final List<SharedIndexInformer<?>> informers;
  private final PodLifecycle lifecycle;

  private Kubelet(
      ScheduledExecutorService loop,
      List<SharedIndexInformer<?>> informers,
      PodLifecycle lifecycle) {
    this.loop = loop;
    this.informers = informers;
    this.lifecycle = lifecycle;
  }

  /** Starts a kubelet for the workloads of one namespace. */
  public static Kubelet start(
      KubernetesClient client,
      String namespace,
      ContainerRuntime runtime,
      ImageFaults faults,
      KubeletTiming timing) {
    return start(
        client,
        "lane-kubelet-" + namespace,
        new Watched(
            client.apps().statefulSets().inNamespace(namespace),
            client.pods().inNamespace(namespace),
            client.persistentVolumeClaims().inNamespace(namespace)),
        runtime,
        faults,
        timing);
  }

  /** Starts a kubelet for the workloads of every namespace: the node of a whole lane cluster. */
  public static Kubelet startForAllNamespaces(
      KubernetesClient client, ContainerRuntime runtime, ImageFaults faults, KubeletTiming timing) {
    return start(
        client,
        "lane-kubelet",
        new Watched(
            client.apps().statefulSets().inAnyNamespace(),
            client.pods().inAnyNamespace(),
            client.persistentVolumeClaims().inAnyNamespace()),
        runtime,
        faults,
        timing);
  }

  /** The resources a kubelet watches, in the scope it serves. */
  private record Watched(
      Informable<StatefulSet> sets,
      Informable<Pod> pods,
      Informable<PersistentVolumeClaim> claims) {}

  private static Kubelet start(
      KubernetesClient client,
      String threadName,
      Watched watched,
      ContainerRuntime runtime,
      ImageFaults faults,
      KubeletTiming timing) {
    ScheduledExecutorService loop =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, threadName);
              thread.setDaemon(true);
              return thread;
            });
    Wake wake = new Wake(loop);
    // Started without waiting for their first list, as a kubelet syncs in the background; passes
    // wait until all three caches have synced, so none acts on a partial view.
    SharedIndexInformer<StatefulSet> sets = started(watched.sets().runnableInformer(0), wake);
    SharedIndexInformer<Pod> pods = started(watched.pods().runnableInformer(0), wake);
    SharedIndexInformer<PersistentVolumeClaim> claims =
        started(watched.claims().runnableInformer(0), wake);
    StatefulSetController controller = new StatefulSetController(client);
    PodLifecycle lifecycle = new PodLifecycle(client, runtime, faults, timing, Clock.systemUTC());
    Runnable pass =
        () -> {
          if (!(sets.hasSynced() && pods.hasSynced() && claims.hasSynced())) {
            return;
          }
          try {
            Set<String> claimNames =
                claims.getStore().list().stream()
                    .map(c -> c.getMetadata().getNamespace() + "/" + c.getMetadata().getName())
                    .collect(Collectors.toSet());
            List<Pod> podList = pods.getStore().list();
            for (StatefulSet set : sets.getStore().list()) {
              controller.reconcile(set, podList, claimNames);
            }
            lifecycle.reconcile(pods.getStore().list());
          } catch (RuntimeException e) {
            // One failed pass must not end the loop; the next pass starts from the API again.
            LOG.warn("kubelet pass failed", e);
          }
        };
    wake.pass = pass;
    long interval = timing.probeInterval().toMillis();
    loop.scheduleWithFixedDelay(pass, 0, interval, TimeUnit.MILLISECONDS);
    return new Kubelet(loop, List.of(sets, pods, claims), lifecycle);
  }

  private static <T> SharedIndexInformer<T> started(
      SharedIndexInformer<T> informer, ResourceEventHandler<Object> wake) {
    informer.addEventHandler(wake);
    informer.start();
    return informer;
  }

  /** Stops watching, then stops every container once the pass under way has finished. */
  @Override
  public void close() {
    informers.forEach(SharedIndexInformer::close);
    Future<?> stopped = loop.submit(lifecycle::stopAll);
    // Not shutdownNow: interrupting a pass would cut its API calls off half-way.
    loop.shutdown();
    try {
      stopped.get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("kubelet could not stop its containers", e);
    }
  }

  /** Schedules a pass on the kubelet's thread for every watch event. */
  private static final class Wake implements ResourceEventHandler<Object> {
    private final ScheduledExecutorService loop;
    // A burst of events needs one pass, not one each: the pass reads the caches as they are then.
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Runnable pass;

    Wake(ScheduledExecutorService loop) {
      this.loop = loop;
    }

    private void wake() {
      Runnable current = pass;
      if (current == null || !pending.compareAndSet(false, true)) {
        return;
      }
      try {
        loop.execute(
            () -> {
              pending.set(false);
              current.run();
            });
      } catch (RejectedExecutionException e) {
        // Closed: events that arrive while the informers stop need no pass.
        pending.set(false);
      }
    }

    @Override
    public void onAdd(Object obj) {
      wake();
    }

    @Override
    public void onUpdate(Object oldObj, Object newObj) {
      wake();
    }

    @Override
    public void onDelete(Object obj, boolean deletedFinalStateUnknown) {
      wake();
    }
  }
}
