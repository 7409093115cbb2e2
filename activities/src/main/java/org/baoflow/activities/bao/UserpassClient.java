package org.baoflow.activities.bao;

import java.util.Objects;

/**
 * Manages users of a userpass auth mount ({@code auth/<mount>/users/:name}); logging in is {@link
 * AuthClient#userpassLogin}. Every call needs a token allowed on the mount's paths.
 */
public final class UserpassClient {

  private final BaoConnection connection;

  public UserpassClient(BaoConnection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /**
   * {@code POST users/:name}: creates the user or replaces its password and token settings; 204.
   * The password is sent in the body only, never in a message.
   */
  public void writeUser(
      BaoTokenHolder tokens, String mount, String username, String password, TokenSettings token) {
    connection.write(
        BaoRequest.write(
            "POST",
            "/v1/auth/" + BaoPaths.segments(mount) + "/users/" + BaoPaths.segment(username),
            tokens.token(),
            BaoJson.body(new UserpassUserWrite(password, token))));
  }
}
