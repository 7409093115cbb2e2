package org.baoflow.lane.sim.kubelet;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The images the lane treats as broken: a crash-looping image starts and exits at once (the pod
 * shows {@code CrashLoopBackOff}), a missing image never pulls ({@code ImagePullBackOff}). Tests
 * change the sets while the kubelet runs, e.g. to drive a rollback.
 */
public final class ImageFaults {
  private final Set<String> crashLooping = ConcurrentHashMap.newKeySet();
  private final Set<String> missing = ConcurrentHashMap.newKeySet();

  /** Containers of {@code image} exit with code 1 as soon as they start. */
  public ImageFaults crashLoop(String image) {
    crashLooping.add(image);
    return this;
  }

  /** {@code image} cannot be pulled. */
  public ImageFaults markMissing(String image) {
    missing.add(image);
    return this;
  }

  /** {@code image} works again. */
  public ImageFaults heal(String image) {
    crashLooping.remove(image);
    missing.remove(image);
    return this;
  }

  boolean crashLoops(String image) {
    return crashLooping.contains(image);
  }

  boolean isMissing(String image) {
    return missing.contains(image);
  }
}
