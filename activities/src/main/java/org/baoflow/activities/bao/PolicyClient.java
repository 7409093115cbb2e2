package org.baoflow.activities.bao;

import java.util.List;

/** ACL policies under {@code sys/policies/acl/:name}. */
public final class PolicyClient {

  private static final String ACL = "/v1/sys/policies/acl/";

  private final BaoConnection connection;

  public PolicyClient(BaoConnection connection) {
    this.connection = connection;
  }

  /**
   * {@code POST}: creates or replaces the policy with HCL {@code policy}; returns the server's
   * warnings (a lower-cased name, for one).
   */
  public List<String> write(BaoTokenHolder tokens, String name, String policy) {
    return connection.write(
        BaoRequest.write(
            "POST",
            ACL + BaoPaths.segment(name),
            tokens.token(),
            BaoJson.body(new PolicyWrite(policy))));
  }

  /** {@code GET}; {@link BaoNotFoundException} for an unknown name. */
  public AclPolicy read(BaoTokenHolder tokens, String name) {
    Envelope<AclPolicy> envelope =
        connection.call(
            BaoRequest.get(ACL + BaoPaths.segment(name), tokens.token()),
            BaoJson.envelopeOf(AclPolicy.class));
    return envelope == null ? null : envelope.data();
  }

  /**
   * {@code LIST sys/policies/acl} (sent as {@code GET ?list=true} so a lost connection can be
   * retried): the policy names, {@code default} and {@code root} included.
   */
  public List<String> list(BaoTokenHolder tokens) {
    Envelope<KeyList> envelope =
        connection.call(
            BaoRequest.get("/v1/sys/policies/acl", tokens.token()).withQuery("list=true"),
            BaoJson.envelopeOf(KeyList.class));
    return envelope == null || envelope.data() == null ? List.of() : envelope.data().keys();
  }

  /** {@code DELETE}. */
  public void delete(BaoTokenHolder tokens, String name) {
    connection.write(
        BaoRequest.write("DELETE", ACL + BaoPaths.segment(name), tokens.token(), null));
  }
}
