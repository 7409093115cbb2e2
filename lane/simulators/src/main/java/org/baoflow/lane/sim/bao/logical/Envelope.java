package org.baoflow.lane.sim.bao.logical;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** The logical response envelope of reference §1.2, every field present. */
public final class Envelope {

  private Envelope() {}

  public static ObjectNode of(ObjectNode data, ObjectNode auth) {
    ObjectNode envelope = Json.object();
    envelope.put("request_id", UUID.randomUUID().toString());
    envelope.put("lease_id", "");
    envelope.put("renewable", false);
    envelope.put("lease_duration", 0);
    envelope.set("data", data);
    envelope.putNull("wrap_info");
    envelope.putNull("warnings");
    envelope.set("auth", auth);
    return envelope;
  }

  public static BaoResponse data(ObjectNode data) {
    return BaoResponse.ok(of(data, null));
  }

  /** For the {@code sys/auth*} routes, which also copy the data keys to the top level. */
  public static BaoResponse dataAlsoAtTop(ObjectNode data) {
    ObjectNode envelope = of(data, null);
    data.properties().forEach(field -> envelope.set(field.getKey(), field.getValue()));
    return BaoResponse.ok(envelope);
  }

  public static BaoResponse auth(ObjectNode auth) {
    return BaoResponse.ok(of(null, auth));
  }
}
