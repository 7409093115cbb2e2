package org.baoflow.lane.sim.bao.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.storage.InMemoryLogicalStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AclTest {

  private static final String APP =
      """
      path "secret/data/*" { capabilities = ["read", "list"] }
      path "secret/data/team/*" { capabilities = ["create", "update", "read"] }
      path "secret/data/team/locked" { capabilities = ["deny"] }
      path "kv/+/config" { capabilities = ["read"] }
      path "kv/+/+" { capabilities = ["list"] }
      path "kv/app/*" { capabilities = ["update"] }
      path "sys/step-down" { capabilities = ["update"] }
      path "sys/auth/*" { capabilities = ["create", "update", "read"] }
      """;

  private static final String OPS =
      """
      path "sys/auth/*" { capabilities = ["sudo"] }
      path "sys/storage/raft/*" { capabilities = ["read"] }
      path "secret/data/public" { capabilities = ["deny"] }
      """;

  private static Acl acl(String... texts) throws PolicyParseException {
    List<AclPolicy> policies = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      policies.add(AclPolicy.parse("p" + i, texts[i]));
    }
    return new Acl(policies);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "READ, secret/data/anything, true",
    "UPDATE, secret/data/anything, false",
    // the longer glob is more specific and replaces the shorter one's capabilities
    "UPDATE, secret/data/team/x, true",
    "LIST, secret/data/team/x, false",
    // an exact deny beats the glob
    "READ, secret/data/team/locked, false",
    "READ, kv/one/config, true",
    // + matches one segment only
    "READ, kv/one/two/config, false",
    "LIST, kv/one/two, true",
    // kv/app/* starts its wildcard later than kv/+/+, so it decides for kv/app/x
    "UPDATE, kv/app/x, true",
    "LIST, kv/app/x, false",
    "READ, other/path, false",
    // root-protected without sudo
    "UPDATE, sys/step-down, false",
    "UPDATE, sys/auth/jwt, false",
  })
  void evaluatesOnePolicy(Capability operation, String path, boolean allowed) throws Exception {
    assertThat(acl(APP).allows(operation, path)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    // the same pattern merges across policies: update from one, sudo from the other
    "UPDATE, sys/auth/jwt, true",
    "READ, sys/storage/raft/configuration, true",
    // a deny in any policy wins over the read of the other
    "READ, secret/data/public, false",
    "READ, secret/data/private, true",
  })
  void mergesPolicies(Capability operation, String path, boolean allowed) throws Exception {
    assertThat(acl(APP, OPS).allows(operation, path)).isEqualTo(allowed);
  }

  @Test
  void sudoOnARootProtectedPathAllowsIt() throws Exception {
    Acl acl = acl("path \"sys/step-down\" { capabilities = [\"update\", \"sudo\"] }");
    assertThat(acl.allows(Capability.UPDATE, "sys/step-down")).isTrue();
    assertThat(acl.allows(Capability.READ, "sys/step-down")).isFalse();
  }

  @Test
  void rootProtectedPathsAreTheSystemOnes() {
    assertThat(Acl.isRootProtected("sys/auth/jwt")).isTrue();
    assertThat(Acl.isRootProtected("sys/step-down")).isTrue();
    assertThat(Acl.isRootProtected("sys/seal")).isTrue();
    assertThat(Acl.isRootProtected("sys/auth")).isFalse();
    assertThat(Acl.isRootProtected("sys/storage/raft/snapshot-force")).isFalse();
  }

  @Test
  void theRootPolicyAllowsEverything() {
    Acl root =
        new PolicyStore(new InMemoryLogicalStorage(), java.time.Clock.systemUTC())
            .aclFor(List.of("root"));
    assertThat(root.allows(Capability.SUDO, "sys/seal")).isTrue();
    assertThat(root.allows(Capability.DELETE, "anything/at/all")).isTrue();
  }

  @Test
  void malformedOrUnknownPolicyTextIsRefused() {
    assertThatThrownBy(() -> AclPolicy.parse("x", "path \"a\" { capabilities = [\"read\"]"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageStartingWith("failed to parse policy: ");
    assertThatThrownBy(() -> AclPolicy.parse("x", "path \"a\" { capabilities = [\"fly\"] }"))
        .hasMessageContaining("invalid capability \"fly\"");
    assertThatThrownBy(() -> AclPolicy.parse("x", "paths \"a\" { capabilities = [\"read\"] }"))
        .hasMessageContaining("invalid key paths");
    assertThatThrownBy(() -> AclPolicy.parse("x", "path \"a\" { policy = \"read\" }"))
        .hasMessageContaining("invalid key policy");
  }
}
