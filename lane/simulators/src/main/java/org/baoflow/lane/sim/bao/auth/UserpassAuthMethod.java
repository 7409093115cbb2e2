package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * The userpass auth method for the demo login: {@code users/:name} (password and token fields) and
 * {@code login/:name}. Passwords are kept only as salted PBKDF2 hashes.
 */
final class UserpassAuthMethod implements AuthMethod {

  private static final int ITERATIONS = 1_000;

  private final Logins logins;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, User> users = new TreeMap<>();

  UserpassAuthMethod(Logins logins) {
    this.logins = logins;
  }

  private record User(byte[] salt, byte[] hash, TokenParams token) {}

  @Override
  public boolean unauthenticated(String subPath) {
    return subPath.startsWith("login/");
  }

  @Override
  public synchronized BaoResponse handle(
      Capability operation, String mountPath, String subPath, ObjectNode data) {
    if (subPath.startsWith("users/")) {
      String name = subPath.substring("users/".length()).toLowerCase(Locale.ROOT);
      return switch (operation) {
        case READ -> {
          User user = users.get(name);
          if (user == null) {
            yield BaoResponse.notFound();
          }
          ObjectNode out = Json.object();
          user.token().writeTo(out);
          yield Envelope.data(out);
        }
        case CREATE, UPDATE -> writeUser(name, data);
        case DELETE -> {
          users.remove(name);
          yield BaoResponse.noContent();
        }
        default -> BaoResponse.unsupported();
      };
    }
    if (subPath.equals("users") && operation == Capability.LIST) {
      ObjectNode keys = Json.object();
      keys.set("keys", Json.array(List.copyOf(users.keySet())));
      return users.isEmpty() ? BaoResponse.notFound() : Envelope.data(keys);
    }
    if (subPath.startsWith("login/")
        && (operation == Capability.UPDATE || operation == Capability.CREATE)) {
      return login(mountPath, subPath.substring("login/".length()).toLowerCase(Locale.ROOT), data);
    }
    return BaoResponse.notFound();
  }

  private BaoResponse writeUser(String name, ObjectNode data) {
    String password = Json.text(data, "password");
    User existing = users.get(name);
    if (password.isEmpty() && existing == null) {
      return BaoResponse.badRequest("missing password");
    }
    TokenParams token;
    try {
      token = TokenParams.from(data);
    } catch (IllegalArgumentException e) {
      return BaoResponse.badRequest(e.getMessage());
    }
    if (password.isEmpty()) {
      users.put(name, new User(existing.salt(), existing.hash(), token));
    } else {
      byte[] salt = new byte[16];
      random.nextBytes(salt);
      users.put(name, new User(salt, hash(password, salt), token));
    }
    return BaoResponse.noContent();
  }

  private BaoResponse login(String mountPath, String name, ObjectNode data) {
    String password = Json.text(data, "password");
    if (password.isEmpty()) {
      return BaoResponse.badRequest("missing password");
    }
    User user = users.get(name);
    if (user == null || !MessageDigest.isEqual(user.hash(), hash(password, user.salt()))) {
      return BaoResponse.badRequest("invalid username or password");
    }
    return logins.issue(mountPath, user.token(), name, Map.of("username", name));
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
