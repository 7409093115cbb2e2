package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import org.baoflow.lane.sim.bao.MutableClock;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.InMemoryLogicalStorage;

/** Secret engines over an in-memory storage, called with JSON bodies. */
final class EnginesFixture {

  static final Instant START = Instant.parse("2026-11-22T21:00:00.123456700Z");

  final MutableClock clock = new MutableClock(START);
  final InMemoryLogicalStorage storage = new InMemoryLogicalStorage();
  final SecretEngines engines = new SecretEngines(clock);

  BaoResponse call(Capability operation, String path, String json) {
    return engines
        .handle(new BaoRequest(operation, path, "token", object(json)), storage)
        .orElseThrow(() -> new AssertionError("not served: " + path));
  }

  BaoResponse read(String path) {
    return call(Capability.READ, path, null);
  }

  BaoResponse write(String path, String json) {
    return call(Capability.UPDATE, path, json);
  }

  /** Writes and insists on a success. */
  BaoResponse ok(Capability operation, String path, String json) {
    BaoResponse response = call(operation, path, json);
    if (response.status() >= 300) {
      throw new AssertionError(path + " answered " + response.status() + " " + response.body());
    }
    return response;
  }

  static ObjectNode object(String json) {
    try {
      return json == null ? null : (ObjectNode) Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("bad test JSON", e);
    }
  }

  static String errors(BaoResponse response) {
    return response.body().path("errors").toString();
  }
}
