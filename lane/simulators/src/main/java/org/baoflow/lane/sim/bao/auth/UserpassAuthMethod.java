package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * The userpass auth method for the demo login: {@code users/:name} (password and token fields) and
 * {@code login/:name}. Passwords are kept only as salted PBKDF2 hashes.
 */
final class UserpassAuthMethod implements AuthMethod {

  private static final int ITERATIONS = 1_000;
  private static final String USER_PREFIX = "user/";

  private final JsonEntries users;
  private final Logins logins;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param storage the mount's own storage view
   */
  UserpassAuthMethod(LogicalStorage storage, Logins logins) {
    this.users = new JsonEntries(storage);
    this.logins = logins;
  }

  private record User(byte[] salt, byte[] hash, TokenParams token) {

    static User fromStored(ObjectNode stored) {
      return new User(
          Base64.getDecoder().decode(Json.text(stored, "salt")),
          Base64.getDecoder().decode(Json.text(stored, "password_hash")),
          TokenParams.from(stored));
    }

    ObjectNode toStored() {
      ObjectNode stored = Json.object();
      stored.put("salt", Base64.getEncoder().encodeToString(salt));
      stored.put("password_hash", Base64.getEncoder().encodeToString(hash));
      token.writeTo(stored);
      return stored;
    }
  }

  @Override
  public boolean unauthenticated(String subPath) {
    return subPath.startsWith("login/");
  }

  @Override
  public BaoResponse handle(Capability operation, String subPath, ObjectNode data) {
    if (subPath.startsWith("users/")) {
      String name = subPath.substring("users/".length()).toLowerCase(Locale.ROOT);
      return switch (operation) {
        case READ -> {
          Optional<User> user = user(name);
          if (user.isEmpty()) {
            yield BaoResponse.notFound();
          }
          ObjectNode out = Json.object();
          user.get().token().writeTo(out);
          yield Envelope.data(out);
        }
        case CREATE, UPDATE -> writeUser(name, data);
        case DELETE -> {
          users.delete(USER_PREFIX + name);
          yield BaoResponse.noContent();
        }
        default -> BaoResponse.unsupported();
      };
    }
    if (subPath.equals("users") && operation == Capability.LIST) {
      List<String> names = users.names(USER_PREFIX);
      ObjectNode keys = Json.object();
      keys.set("keys", Json.array(names));
      return names.isEmpty() ? BaoResponse.notFound() : Envelope.data(keys);
    }
    if (subPath.startsWith("login/")
        && (operation == Capability.UPDATE || operation == Capability.CREATE)) {
      return login(subPath.substring("login/".length()).toLowerCase(Locale.ROOT), data);
    }
    return BaoResponse.notFound();
  }

  private BaoResponse writeUser(String name, ObjectNode data) {
    String password = Json.text(data, "password");
    Optional<User> existing = user(name);
    if (password.isEmpty() && existing.isEmpty()) {
      return BaoResponse.badRequest("missing password");
    }
    TokenParams token;
    try {
      token = TokenParams.from(data);
    } catch (IllegalArgumentException e) {
      return BaoResponse.badRequest(e.getMessage());
    }
    User user;
    if (password.isEmpty()) {
      user = new User(existing.get().salt(), existing.get().hash(), token);
    } else {
      byte[] salt = new byte[16];
      random.nextBytes(salt);
      user = new User(salt, hash(password, salt), token);
    }
    users.put(USER_PREFIX + name, user.toStored());
    return BaoResponse.noContent();
  }

  private Optional<User> user(String name) {
    return users.get(USER_PREFIX + name).map(User::fromStored);
  }

  private BaoResponse login(String name, ObjectNode data) {
    String password = Json.text(data, "password");
    if (password.isEmpty()) {
      return BaoResponse.badRequest("missing password");
    }
    Optional<User> user = user(name);
    if (user.isEmpty()
        || !MessageDigest.isEqual(user.get().hash(), hash(password, user.get().salt()))) {
      return BaoResponse.badRequest("invalid username or password");
    }
    return logins.issue(user.get().token(), name, Map.of("username", name));
  }

  private static byte[] hash(String password, byte[] salt) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
    }
  }
}
