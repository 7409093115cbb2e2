package org.baoflow.workflows.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.baoflow.workflows.activities.ResourceActivities.AppliedResource;
import org.baoflow.workflows.activities.ResourceActivities.ApplyResult;
import org.baoflow.workflows.activities.ResourceActivities.Outcome;
import org.junit.jupiter.api.Test;

class AppliedHashesTest {
  @Test
  void laterAppliesReplaceHashesAndDeletedResourcesLeave() {
    AppliedHashes hashes = new AppliedHashes();
    hashes.record(
        new ApplyResult(
            List.of(
                new AppliedResource("ConfigMap", "dev-config", Outcome.CREATED, "a"),
                new AppliedResource("ConfigMap", "dev-self-init", Outcome.CREATED, "b"))));
    hashes.record(
        new ApplyResult(
            List.of(
                new AppliedResource("ConfigMap", "dev-config", Outcome.PATCHED, "c"),
                new AppliedResource("ConfigMap", "dev-self-init", Outcome.DELETED, null),
                new AppliedResource("StatefulSet", "dev", Outcome.UNCHANGED, "d"))));

    assertThat(hashes.asMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("ConfigMap/dev-config", "c", "StatefulSet/dev", "d"));
  }
}
