package org.baoflow.lane.sim.bao.faults;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a simulated node does with a request an endpoint fault claimed. */
public sealed interface BaoFaultAction {

  /**
   * Answers {@code status} with OpenBao's error body {@code {"errors":[...]}} instead of serving
   * the request.
   */
  record Fail(int status, List<String> errors) implements BaoFaultAction {
    public Fail {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("a failure answers 4xx or 5xx, got " + status);
      }
      errors = List.copyOf(errors);
    }
  }

  /**
   * Holds the request for {@code duration} before serving it normally; a client whose timeout is
   * shorter gives up first and sees a hung endpoint.
   */
  record Hang(Duration duration) implements BaoFaultAction {
    public Hang {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("a hang lasts a positive duration, got " + duration);
      }
    }
  }
}
