package org.baoflow.lane.sim.bao.engines;

import static org.assertj.core.api.Assertions.assertThat;

import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KvV1EngineTest {

  private final EnginesFixture lane = new EnginesFixture();

  @BeforeEach
  void mount() {
    lane.ok(
        Capability.UPDATE, "sys/mounts/kv", "{\"type\":\"kv\",\"options\":{\"version\":\"1\"}}");
  }

  @Test
  void writesReadsListsAndDeletes() {
    assertThat(lane.write("kv/app/db", "{\"user\":\"u\",\"port\":5432}").status()).isEqualTo(204);
    lane.ok(Capability.UPDATE, "kv/app/cache", "{\"url\":\"redis\"}");

    BaoResponse read = lane.read("kv/app/db");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().path("data").toString()).isEqualTo("{\"user\":\"u\",\"port\":5432}");
    assertThat(read.body().path("lease_duration").asLong()).isEqualTo(2_764_800L);

    BaoResponse list = lane.call(Capability.LIST, "kv/app", null);
    assertThat(list.body().path("data").path("keys").toString()).isEqualTo("[\"cache\",\"db\"]");
    assertThat(lane.call(Capability.LIST, "kv/", null).body().path("data").path("keys").toString())
        .isEqualTo("[\"app/\"]");

    assertThat(lane.call(Capability.DELETE, "kv/app/db", null).status()).isEqualTo(204);
    BaoResponse missing = lane.read("kv/app/db");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(EnginesFixture.errors(missing)).isEqualTo("[]");
    assertThat(lane.call(Capability.LIST, "kv/nothing", null).status()).isEqualTo(404);
  }
}
