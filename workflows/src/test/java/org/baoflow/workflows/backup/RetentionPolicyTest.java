package org.baoflow.workflows.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.baoflow.api.v1alpha1.BackupRetention;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static BackupRetention retention(Integer maxCount, String maxAge) {
    BackupRetention retention = new BackupRetention();
    retention.setMaxCount(maxCount);
    retention.setMaxAge(maxAge);
    return retention;
  }

  @Test
  void theSpecsLimitsAreReadWithGoDurations() {
    RetentionPolicy policy = RetentionPolicy.of(retention(7, "168h30m"));

    assertThat(policy.maxCount()).isEqualTo(7);
    assertThat(policy.maxAge()).contains(Duration.ofHours(168).plusMinutes(30));
    assertThat(policy.incompleteGrace()).isEqualTo(RetentionPolicy.INCOMPLETE_GRACE);
  }

  @Test
  void unsetLimitsKeepEverything() {
    assertThat(RetentionPolicy.of(null).maxCount()).isZero();
    assertThat(RetentionPolicy.of(null).maxAge()).isEmpty();
    assertThat(RetentionPolicy.of(retention(null, null)).maxCount()).isZero();
    assertThat(RetentionPolicy.of(retention(null, null)).maxAge()).isEmpty();
  }

  @Test
  void daysAreNoGoDuration() {
    assertThatThrownBy(() -> RetentionPolicy.of(retention(1, "7d")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
