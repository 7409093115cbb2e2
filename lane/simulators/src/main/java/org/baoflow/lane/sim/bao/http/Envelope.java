package org.baoflow.lane.sim.bao.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** OpenBao's logical response envelope, every field present and the unused ones null. */
final class Envelope {
  private Envelope() {}

  static Map<String, Object> of(Map<String, Object> data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("request_id", UUID.randomUUID().toString());
    body.put("lease_id", "");
    body.put("renewable", false);
    body.put("lease_duration", 0);
    body.put("data", data);
    body.put("wrap_info", null);
    body.put("warnings", null);
    body.put("auth", null);
    return body;
  }
}
