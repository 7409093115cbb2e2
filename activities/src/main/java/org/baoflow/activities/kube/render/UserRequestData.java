package org.baoflow.activities.kube.render;

import java.util.Objects;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.AuthMethodRequest;
import org.baoflow.api.v1alpha1.SecretEngineRequest;
import org.baoflow.api.v1alpha1.SelfInitRequest;

/** The request body of a user's self-init request, from whichever payload style it uses. */
final class UserRequestData {
  private UserRequestData() {}

  /**
   * The {@code data} object of {@code request}; {@code null} when it has no payload. Audit devices
   * never come here: OpenBao refuses to create them through its API, {@link AuditStanzas} declares
   * them in config.hcl instead.
   */
  static HclValue of(SelfInitRequest request) {
    long payloads =
        Stream.of(
                request.getAuditDevice(),
                request.getAuthMethod(),
                request.getSecretEngine(),
                request.getPolicy(),
                request.getData())
            .filter(Objects::nonNull)
            .count();
    if (payloads > 1) {
      throw new IllegalArgumentException(
          "self-init request " + request.getName() + " has more than one payload");
    }
    if (request.getAuthMethod() != null) {
      return authMethod(request.getAuthMethod());
    }
    if (request.getSecretEngine() != null) {
      return secretEngine(request.getSecretEngine());
    }
    if (request.getPolicy() != null) {
      return new HclValue.ObjectValue(
          new HclBody().attribute("policy", request.getPolicy().getPolicy()));
    }
    return request.getData() == null ? null : HclValue.fromJson(request.getData().values());
  }

  /** {@code sys/auth/<path>}: the method type, description and mount configuration. */
  private static HclValue authMethod(AuthMethodRequest method) {
    HclBody data =
        new HclBody()
            .attribute("type", method.getType())
            .optional("description", method.getDescription());
    if (method.getConfig() != null) {
      data.attribute("config", HclValue.stringMap(method.getConfig()));
    }
    return new HclValue.ObjectValue(data);
  }

  /** {@code sys/mounts/<path>}: the engine type, description and options. */
  private static HclValue secretEngine(SecretEngineRequest engine) {
    HclBody data =
        new HclBody()
            .attribute("type", engine.getType())
            .optional("description", engine.getDescription());
    if (engine.getOptions() != null) {
      data.attribute("options", HclValue.stringMap(engine.getOptions()));
    }
    return new HclValue.ObjectValue(data);
  }
}
