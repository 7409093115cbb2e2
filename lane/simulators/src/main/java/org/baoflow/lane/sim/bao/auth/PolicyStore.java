package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * {@code sys/policies/acl/:name}: the node's ACL policies, with the built-in {@code root} (which
 * cannot be changed) and {@code default} (which cannot be deleted).
 */
public final class PolicyStore {

  /** The policy of root tokens: everything allowed. */
  public static final String ROOT = "root";

  /** The policy every token gets unless its role says {@code token_no_default_policy}. */
  public static final String DEFAULT = "default";

  private static final String DEFAULT_TEXT =
      """
      path "auth/token/lookup-self" { capabilities = ["read"] }
      path "auth/token/renew-self" { capabilities = ["update"] }
      path "auth/token/revoke-self" { capabilities = ["update"] }
      path "sys/capabilities-self" { capabilities = ["update"] }
      """;

  private final Map<String, AclPolicy> policies = new TreeMap<>();

  public PolicyStore() {
    try {
      policies.put(DEFAULT, AclPolicy.parse(DEFAULT, DEFAULT_TEXT));
    } catch (PolicyParseException e) {
      throw new IllegalStateException("the built-in default policy does not parse", e);
    }
  }

  public synchronized Optional<AclPolicy> get(String name) {
    return Optional.ofNullable(policies.get(name));
  }

  /** The ACL of a token holding these policy names; unknown names grant nothing. */
  public synchronized Acl aclFor(List<String> names) {
    if (names.contains(ROOT)) {
      return new Acl(List.of(new AclPolicy(ROOT, "", List.of())));
    }
    return new Acl(names.stream().map(policies::get).filter(p -> p != null).toList());
  }

  /** {@code POST sys/policies/acl/:name}. */
  synchronized BaoResponse write(String rawName, ObjectNode data) {
    String name = rawName.toLowerCase(Locale.ROOT);
    String text = Json.text(data, "policy");
    if (text.isBlank()) {
      return BaoResponse.badRequest("'policy' parameter not supplied or empty");
    }
    if (name.equals(ROOT)) {
      return BaoResponse.badRequest("cannot update \"root\" policy");
    }
    text = decodeIfBase64(text);
    try {
      policies.put(name, AclPolicy.parse(name, text));
    } catch (PolicyParseException e) {
      return BaoResponse.badRequest(e.getMessage());
    }
    if (!name.equals(rawName)) {
      ObjectNode envelope = Envelope.of(null, null);
      envelope.set("warnings", Json.array(List.of("policy name was converted to " + name)));
      return BaoResponse.ok(envelope);
    }
    return BaoResponse.noContent();
  }

  /** {@code GET sys/policies/acl/:name}. */
  synchronized BaoResponse read(String name) {
    AclPolicy policy = policies.get(name.toLowerCase(Locale.ROOT));
    if (policy == null) {
      return BaoResponse.notFound();
    }
    ObjectNode data = Json.object();
    data.put("name", policy.name());
    data.put("policy", policy.text());
    data.put("version", 0);
    data.put("cas_required", false);
    data.put("allow_wildcards_in_identity_templates", false);
    data.put("allow_slashes_in_identity_templates", false);
    return Envelope.data(data);
  }

  /** {@code DELETE sys/policies/acl/:name}. */
  synchronized BaoResponse delete(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(ROOT) || lower.equals(DEFAULT)) {
      return BaoResponse.badRequest("cannot delete \"" + lower + "\" policy");
    }
    policies.remove(lower);
    return BaoResponse.noContent();
  }

  /** {@code LIST sys/policies/acl}: the names, {@code root} included as OpenBao lists it. */
  synchronized BaoResponse list() {
    List<String> names = new java.util.ArrayList<>(policies.keySet());
    names.add(ROOT);
    ObjectNode data = Json.object();
    data.set("keys", Json.array(names.stream().sorted().toList()));
    return Envelope.data(data);
  }

  /** A policy may be sent as base64 of its HCL; HCL itself never decodes as base64 text. */
  private static String decodeIfBase64(String text) {
    try {
      byte[] decoded = java.util.Base64.getDecoder().decode(text.trim());
      return new String(decoded, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
