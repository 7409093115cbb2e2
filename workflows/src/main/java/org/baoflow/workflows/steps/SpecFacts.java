package org.baoflow.workflows.steps;

import org.baoflow.api.v1alpha1.DemoLoginSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.Profile;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.SelfInitSpec;
import org.baoflow.api.v1alpha1.UnsealSpec;

/**
 * The spec facts the workflows branch on, with the CRD's defaults applied: a snapshot carries the
 * spec as the watcher read it, and a block the user left out has no defaults inside it.
 */
public final class SpecFacts {
  /** The CRD's default of {@code spec.replicas}. */
  static final int DEFAULT_REPLICAS = 3;

  private SpecFacts() {}

  /** {@code spec.replicas}, 3 when unset. */
  public static int replicas(OpenBaoClusterSpec spec) {
    return spec.getReplicas() == null ? DEFAULT_REPLICAS : spec.getReplicas();
  }

  /** Whether pod 0 initializes itself ({@code spec.selfInit.enabled}, false when unset). */
  public static boolean selfInit(OpenBaoClusterSpec spec) {
    SelfInitSpec selfInit = spec.getSelfInit();
    return selfInit != null && Boolean.TRUE.equals(selfInit.getEnabled());
  }

  /** Whether the cluster uses the static seal, which is the default without an unseal block. */
  public static boolean staticSeal(OpenBaoClusterSpec spec) {
    UnsealSpec unseal = spec.getUnseal();
    return unseal == null || unseal.getType() == null || unseal.getType() == SealType.STATIC;
  }

  /** Whether the demo login is wanted: enabled, and only ever in the Development profile. */
  public static boolean demoLogin(OpenBaoClusterSpec spec) {
    DemoLoginSpec demo = spec.getDemoLogin();
    return spec.getProfile() == Profile.DEVELOPMENT
        && demo != null
        && Boolean.TRUE.equals(demo.getEnabled());
  }
}
