package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * The token fields every role and user carries ({@code token_policies} or the deprecated {@code
 * policies}, {@code token_ttl}, {@code token_no_default_policy}).
 */
record TokenParams(List<String> policies, Duration ttl, boolean noDefaultPolicy) {

  TokenParams {
    policies = List.copyOf(policies);
  }

  /**
   * @throws IllegalArgumentException for an unparseable {@code token_ttl}
   */
  static TokenParams from(JsonNode data) {
    List<String> policies = Json.list(data, "token_policies");
    if (policies.isEmpty()) {
      policies = Json.list(data, "policies");
    }
    return new TokenParams(
        policies,
        GoDuration.parse(data.path("token_ttl"), Duration.ZERO),
        Json.bool(data, "token_no_default_policy", false));
  }

  /** The token's policies: the configured ones plus {@code default} unless turned off. */
  List<String> effectivePolicies() {
    List<String> effective = new ArrayList<>(policies);
    if (!noDefaultPolicy && !effective.contains(PolicyStore.DEFAULT)) {
      effective.add(PolicyStore.DEFAULT);
    }
    return effective.stream().sorted().toList();
  }

  void writeTo(ObjectNode data) {
    data.set("token_policies", Json.array(policies));
    data.set("policies", Json.array(policies));
    data.put("token_ttl", ttl.toSeconds());
    data.put("token_max_ttl", 0);
    data.put("token_no_default_policy", noDefaultPolicy);
    data.put("token_type", "default");
  }
}
