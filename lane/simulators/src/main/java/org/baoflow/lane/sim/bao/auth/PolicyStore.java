package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * {@code sys/policies/acl/:name}: the node's ACL policies, kept in its storage at {@code
 * sys/policy/<name>}, with the built-in {@code root} (which cannot be changed) and {@code default}
 * (which cannot be deleted, and is built in until it is overwritten).
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

  private final JsonEntries policies;
  private final Clock clock;

  /**
   * @param storage the node's logical storage; the policies are kept under {@code sys/policy/}
   * @param clock stamps each write's {@code modified}
   */
  public PolicyStore(LogicalStorage storage, Clock clock) {
    this.policies = new JsonEntries(storage).under("sys/policy/");
    this.clock = clock;
  }

  /** Stores the {@code default} policy as version 1, as OpenBao's setup does at init. */
  public void storeDefault() {
    if (policies.get(DEFAULT).isEmpty()) {
      store(DEFAULT, DEFAULT_TEXT);
    }
  }

  /** Stores a policy text with the next version and the time of the write. */
  private void store(String name, String text) {
    long version = policies.get(name).map(stored -> stored.path("version").asLong(0)).orElse(0L);
    ObjectNode stored = Json.object();
    stored.put("name", name);
    stored.put("policy", text);
    stored.put("version", version + 1);
    stored.put("modified", clock.instant().toString());
    policies.put(name, stored);
  }

  /** The stored policy, or the built-in {@code default}; {@code root} has no text and no entry. */
  public Optional<AclPolicy> get(String name) {
    Optional<String> text =
        policies
            .get(name)
            .map(stored -> Json.text(stored, "policy"))
            .or(() -> name.equals(DEFAULT) ? Optional.of(DEFAULT_TEXT) : Optional.empty());
    return text.map(policyText -> parseStored(name, policyText));
  }

  /** The ACL of a token holding these policy names; unknown names grant nothing. */
  public Acl aclFor(List<String> names) {
    if (names.contains(ROOT)) {
      return new Acl(List.of(new AclPolicy(ROOT, "", List.of())));
    }
    return new Acl(names.stream().map(this::get).flatMap(Optional::stream).toList());
  }

  /** {@code POST sys/policies/acl/:name}. */
  BaoResponse write(String rawName, ObjectNode data) {
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
      AclPolicy.parse(name, text);
    } catch (PolicyParseException e) {
      return BaoResponse.badRequest(e.getMessage());
    }
    store(name, text);
    if (!name.equals(rawName)) {
      ObjectNode envelope = Envelope.of(null, null);
      envelope.set("warnings", Json.array(List.of("policy name was converted to " + name)));
      return BaoResponse.ok(envelope);
    }
    return BaoResponse.noContent();
  }

  /** {@code GET sys/policies/acl/:name}. */
  BaoResponse read(String name) {
    Optional<AclPolicy> found = get(name.toLowerCase(Locale.ROOT));
    if (found.isEmpty()) {
      return BaoResponse.notFound();
    }
    AclPolicy policy = found.get();
    Optional<ObjectNode> stored = policies.get(policy.name());
    ObjectNode data = Json.object();
    data.put("name", policy.name());
    data.put("policy", policy.text());
    data.put("version", stored.map(entry -> entry.path("version").asLong(0)).orElse(0L));
    data.put("cas_required", false);
    data.put("allow_wildcards_in_identity_templates", false);
    data.put("allow_slashes_in_identity_templates", false);
    // OpenBao leaves modified out when it was never set.
    stored
        .map(entry -> entry.path("modified").asText(""))
        .filter(modified -> !modified.isEmpty())
        .ifPresent(modified -> data.put("modified", modified));
    return Envelope.data(data);
  }

  /** {@code DELETE sys/policies/acl/:name}. */
  BaoResponse delete(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(ROOT) || lower.equals(DEFAULT)) {
      return BaoResponse.badRequest("cannot delete \"" + lower + "\" policy");
    }
    policies.delete(lower);
    return BaoResponse.noContent();
  }

  /** {@code LIST sys/policies/acl}: the names, {@code root} included as OpenBao lists it. */
  BaoResponse list() {
    TreeSet<String> names = new TreeSet<>(policies.names(""));
    names.add(DEFAULT);
    names.add(ROOT);
    ObjectNode data = Json.object();
    data.set("keys", Json.array(List.copyOf(names)));
    return Envelope.data(data);
  }

  /** Stored text was checked when it was written, so a failure here means foreign data. */
  private static AclPolicy parseStored(String name, String text) {
    try {
      return AclPolicy.parse(name, text);
    } catch (PolicyParseException e) {
      throw new IllegalStateException("stored policy " + name + " does not parse", e);
    }
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
