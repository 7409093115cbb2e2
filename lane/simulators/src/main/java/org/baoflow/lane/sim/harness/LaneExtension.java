package org.baoflow.lane.sim.harness;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.client.WorkflowClient;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.kube.LaneKubernetes;
import org.baoflow.lane.sim.s3.RustFsSimulator;
import org.baoflow.lane.sim.temporal.LaneTemporal;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link LaneTest}: starts the class's lane before all its tests, prints how
 * long the start took and the heap in use after it, closes the lane after all tests, and resolves
 * parameters of type {@link Lane}, {@link LaneKubernetes}, {@link KubernetesClient} (both for the
 * first cluster or the one {@link ClusterName} names), {@link RustFsSimulator}, {@link
 * LaneTemporal} and {@link WorkflowClient}. Nested classes share their enclosing class's lane.
 */
public final class LaneExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LaneExtension.class);
  private static final String LANE = "lane";
  private static final Set<Class<?>> RESOLVED =
      Set.of(
          Lane.class,
          LaneKubernetes.class,
          KubernetesClient.class,
          RustFsSimulator.class,
          LaneTemporal.class,
          WorkflowClient.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    if (context.getStore(NAMESPACE).get(LANE, Lane.class) != null) {
      return;
    }
    LaneTest settings =
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), LaneTest.class)
            .orElseThrow(() -> new IllegalStateException("LaneExtension needs @LaneTest"));
    Lane lane =
        Lane.builder()
            .clusters(settings.clusters())
            .timing(settings.realisticTiming() ? LaneTiming.realistic() : LaneTiming.fast())
            .start();
    context.getStore(NAMESPACE).put(LANE, lane);
    System.out.printf(
        "lane for %s started in %s; heap used after start %d MiB%n",
        context.getRequiredTestClass().getSimpleName(),
        lane.startTimes().summary(),
        heapUsedAfterGc() >> 20);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // Only the context that started the lane holds it in its own store; nested ones remove nothing.
    Lane lane = context.getStore(NAMESPACE).remove(LANE, Lane.class);
    if (lane != null) {
      lane.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return RESOLVED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Lane lane = context.getStore(NAMESPACE).get(LANE, Lane.class);
    if (lane == null) {
      throw new ParameterResolutionException(
          "the lane starts before all tests; it cannot be injected earlier (into the constructor"
              + " of a PER_CLASS test instance)");
    }
    Class<?> type = parameter.getParameter().getType();
    Optional<String> cluster = parameter.findAnnotation(ClusterName.class).map(ClusterName::value);
    if (type == Lane.class) {
      return lane;
    }
    if (type == LaneKubernetes.class) {
      return cluster.map(lane::kubernetes).orElseGet(lane::kubernetes);
    }
    if (type == KubernetesClient.class) {
      return cluster.map(lane::client).orElseGet(lane::client);
    }
    if (type == RustFsSimulator.class) {
      return lane.rustFs();
    }
    if (type == LaneTemporal.class) {
      return lane.temporal();
    }
    return lane.workflowClient();
  }

  /** The heap still in use once garbage is collected: what the lane itself keeps. */
  private static long heapUsedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
