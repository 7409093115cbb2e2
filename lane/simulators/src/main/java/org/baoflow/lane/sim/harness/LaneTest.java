package org.baoflow.lane.sim.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class on its own {@link Lane}, started before the first test and closed after the
 * last; test and lifecycle methods get the lane's parts as parameters (see {@link LaneExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LaneExtension.class)
public @interface LaneTest {

  /** The lane's Kubernetes clusters by name; the first is the one unnamed parameters get. */
  String[] clusters() default {Lane.DEFAULT_CLUSTER};

  /**
   * Whether the simulators wait real-world delays ({@link
   * org.baoflow.lane.sim.LaneTiming#realistic()}).
   */
  boolean realisticTiming() default false;
}
