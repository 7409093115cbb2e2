package org.baoflow.lane.sim.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks the lane cluster a {@code LaneKubernetes} or {@code KubernetesClient} parameter of a {@link
 * LaneTest} belongs to; without it the parameter gets the first cluster.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClusterName {

  /** The cluster's name, one of {@link LaneTest#clusters()}. */
  String value();
}
