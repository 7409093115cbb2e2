package org.baoflow.activities.kube;

import java.time.Duration;
import java.util.Objects;
import org.baoflow.activities.kube.render.Platform;

/**
 * How BaoFlow's Kubernetes activities behave in this worker.
 *
 * @param fieldManager the one server-side-apply field manager BaoFlow writes with
 * @param platform where the worker runs, for rendering
 * @param pollInterval how often waits look again (and heartbeat)
 */
public record KubeSettings(String fieldManager, Platform platform, Duration pollInterval) {
  /** BaoFlow's field manager. */
  public static final String FIELD_MANAGER = "baoflow";

  /** The finalizer BaoFlow puts on every OpenBaoCluster it manages (the Go operator's name). */
  public static final String FINALIZER = "openbao.org/openbaocluster-finalizer";

  public KubeSettings {
    Objects.requireNonNull(fieldManager, "fieldManager");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(pollInterval, "pollInterval");
  }

  /** BaoFlow's field manager on {@code platform}, polling every {@code pollInterval}. */
  public static KubeSettings of(Platform platform, Duration pollInterval) {
    return new KubeSettings(FIELD_MANAGER, platform, pollInterval);
  }
}
