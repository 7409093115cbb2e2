package org.baoflow.activities.bao;

/**
 * The {@code config} and {@code role/:name} paths that the JWT and Kubernetes methods share under
 * {@code auth/<mount>/}, typed by the method's config and role records. Writes answer 204; reads
 * answer the fields under {@code data} (credentials are not echoed).
 */
final class AuthMethodEndpoints<C, R> {

  private final BaoConnection connection;
  private final Class<C> configType;
  private final Class<R> roleType;

  AuthMethodEndpoints(BaoConnection connection, Class<C> configType, Class<R> roleType) {
    this.connection = connection;
    this.configType = configType;
    this.roleType = roleType;
  }

  void writeConfig(BaoTokenHolder tokens, String mount, C config) {
    connection.write(
        BaoRequest.write("POST", configPath(mount), tokens.token(), BaoJson.body(config)));
  }

  C readConfig(BaoTokenHolder tokens, String mount) {
    Envelope<C> envelope =
        connection.call(
            BaoRequest.get(configPath(mount), tokens.token()), BaoJson.envelopeOf(configType));
    return envelope == null ? null : envelope.data();
  }

  void writeRole(BaoTokenHolder tokens, String mount, String name, R role) {
    connection.write(
        BaoRequest.write("POST", rolePath(mount, name), tokens.token(), BaoJson.body(role)));
  }

  R readRole(BaoTokenHolder tokens, String mount, String name) {
    Envelope<R> envelope =
        connection.call(
            BaoRequest.get(rolePath(mount, name), tokens.token()), BaoJson.envelopeOf(roleType));
    return envelope == null ? null : envelope.data();
  }

  void deleteRole(BaoTokenHolder tokens, String mount, String name) {
    connection.write(BaoRequest.write("DELETE", rolePath(mount, name), tokens.token(), null));
  }

  private static String configPath(String mount) {
    return "/v1/auth/" + BaoPaths.segments(mount) + "/config";
  }

  private static String rolePath(String mount, String name) {
    return "/v1/auth/" + BaoPaths.segments(mount) + "/role/" + BaoPaths.segment(name);
  }
}
