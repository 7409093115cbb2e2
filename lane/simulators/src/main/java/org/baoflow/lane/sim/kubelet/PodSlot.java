package org.baoflow.lane.sim.kubelet;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the kubelet knows about one pod's container between passes: the running container, its
 * restarts and back-off, and the times its status reports. Status is built only from this state, so
 * an unchanged pod yields an equal status and causes no write.
 */
final class PodSlot {
  private static final String LOOPBACK = "127.0.0.1";

  private final String image;
  private final String containerName;
  private final Instant scheduledAt;
  private RunningContainer container;
  private Instant startedAt;
  private Instant nextAttemptAt;
  private String waitingReason = "ContainerCreating";
  private int restartCount;
  private int pullFailures;
  private ContainerState lastState;
  private boolean ready;
  private Instant readyChangedAt;
  private boolean everStarted;

  PodSlot(Pod pod, Instant now) {
    this.image = pod.getSpec().getContainers().get(0).getImage();
    this.containerName = pod.getSpec().getContainers().get(0).getName();
    this.scheduledAt = now.truncatedTo(ChronoUnit.SECONDS);
    this.nextAttemptAt = now;
    this.readyChangedAt = scheduledAt;
  }

  /** Starts, probes or restarts the container as due at {@code now}. */
  void advance(
      Pod pod, Instant now, ContainerRuntime runtime, ImageFaults faults, KubeletTiming t) {
    if (container == null && !now.isBefore(nextAttemptAt)) {
      if (faults.isMissing(image)) {
        pullFailures++;
        waitingReason = pullFailures == 1 ? "ErrImagePull" : "ImagePullBackOff";
        nextAttemptAt = now.plus(t.backOff(pullFailures));
      } else {
        container = start(pod, runtime, faults);
        startedAt = now.truncatedTo(ChronoUnit.SECONDS);
        everStarted = true;
        waitingReason = null;
      }
    }
    OptionalInt exit = container == null ? OptionalInt.empty() : container.exitCode();
    if (exit.isPresent()) {
      lastState =
          new ContainerStateBuilder()
              .withNewTerminated()
              .withExitCode(exit.getAsInt())
              .withReason(exit.getAsInt() == 0 ? "Completed" : "Error")
              .withMessage(container instanceof CrashedContainer c ? c.message() : null)
              .withStartedAt(startedAt.toString())
              .withFinishedAt(now.truncatedTo(ChronoUnit.SECONDS).toString())
              .endTerminated()
              .build();
      container = null;
      restartCount++;
      waitingReason = "CrashLoopBackOff";
      nextAttemptAt = now.plus(t.backOff(restartCount));
    }
    boolean nowReady = container != null && container.ready();
    if (nowReady != ready) {
      ready = nowReady;
      readyChangedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  private RunningContainer start(Pod pod, ContainerRuntime runtime, ImageFaults faults) {
    if (faults.crashLoops(image)) {
      return new CrashedContainer(1, "image " + image + " crash-loops in this lane");
    }
    try {
      return runtime.start(new PodBuilder(pod).build());
    } catch (RuntimeException e) {
      // A container whose process fails to start exits with an error, as a real one would; its
      // reason becomes the termination message, where Kubernetes shows a container's last words.
      return new CrashedContainer(1, String.valueOf(e.getMessage()));
    }
  }

  /** The published port of the running container, 0 when none runs. */
  int port() {
    return container == null ? 0 : container.port();
  }

  PodStatus status() {
    String readyStatus = ready ? "True" : "False";
    ContainerState state =
        container != null
            ? new ContainerStateBuilder()
                .withNewRunning()
                .withStartedAt(startedAt.toString())
                .endRunning()
                .build()
            : new ContainerStateBuilder()
                .withNewWaiting()
                .withReason(waitingReason)
                .withMessage(waitingMessage())
                .endWaiting()
                .build();
    ContainerStatus containerStatus =
        new ContainerStatusBuilder()
            .withName(containerName)
            .withImage(image)
            .withImageID("")
            .withReady(ready)
            .withStarted(container != null)
            .withRestartCount(restartCount)
            .withState(state)
            .withLastState(lastState)
            .build();
    return new PodStatusBuilder()
        .withPhase(everStarted ? "Running" : "Pending")
        .withHostIP(LOOPBACK)
        .withPodIP(everStarted ? LOOPBACK : null)
        .withStartTime(scheduledAt.toString())
        .withConditions(
            List.of(
                condition("PodScheduled", "True", scheduledAt),
                condition("Initialized", "True", scheduledAt),
                condition("ContainersReady", readyStatus, readyChangedAt),
                condition("Ready", readyStatus, readyChangedAt)))
        .withContainerStatuses(containerStatus)
        .build();
  }

  private String waitingMessage() {
    return switch (waitingReason) {
      case "CrashLoopBackOff" ->
          "back-off restarting failed container "
              + containerName
              + " (restarts: "
              + restartCount
              + ")";
      case "ErrImagePull", "ImagePullBackOff" -> "Back-off pulling image \"" + image + "\"";
      default -> null;
    };
  }

  private static PodCondition condition(String type, String status, Instant since) {
    return new PodConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withLastTransitionTime(since.toString())
        .build();
  }

  /** Stops the container, if one runs. */
  void stop(KubeletTiming timing) {
    if (container != null) {
      container.stop(timing.gracePeriod());
      container = null;
    }
  }
}
