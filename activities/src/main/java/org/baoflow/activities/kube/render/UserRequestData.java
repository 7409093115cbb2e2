package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.AuditDeviceRequest;
import org.baoflow.api.v1alpha1.AuditFileOptions;
import org.baoflow.api.v1alpha1.AuditHttpOptions;
import org.baoflow.api.v1alpha1.AuditSocketOptions;
import org.baoflow.api.v1alpha1.AuditSyslogOptions;
import org.baoflow.api.v1alpha1.AuthMethodRequest;
import org.baoflow.api.v1alpha1.SecretEngineRequest;
import org.baoflow.api.v1alpha1.SelfInitRequest;

/** The request body of a user's self-init request, from whichever payload style it uses. */
final class UserRequestData {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private UserRequestData() {}

  /** The {@code data} object of {@code request}; {@code null} when it has no payload. */
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
    if (request.getAuditDevice() != null) {
      return auditDevice(request.getAuditDevice());
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

  /** {@code sys/audit/<path>}: the device type, description and the options of that type. */
  private static HclValue auditDevice(AuditDeviceRequest device) {
    HclBody data =
        new HclBody()
            .attribute("type", device.getType())
            .optional("description", device.getDescription());
    Map<String, String> options = auditOptions(device);
    if (!options.isEmpty()) {
      data.attribute("options", HclValue.stringMap(options));
    }
    return new HclValue.ObjectValue(data);
  }

  private static Map<String, String> auditOptions(AuditDeviceRequest device) {
    Map<String, String> options = new TreeMap<>();
    switch (device.getType()) {
      case "file" -> {
        AuditFileOptions file = orEmpty(device.getFileOptions(), new AuditFileOptions());
        putIfSet(options, "file_path", file.getFilePath());
        putIfSet(options, "mode", file.getMode());
      }
      case "syslog" -> {
        AuditSyslogOptions syslog = orEmpty(device.getSyslogOptions(), new AuditSyslogOptions());
        putIfSet(options, "facility", syslog.getFacility());
        putIfSet(options, "tag", syslog.getTag());
      }
      case "socket" -> {
        AuditSocketOptions socket = orEmpty(device.getSocketOptions(), new AuditSocketOptions());
        putIfSet(options, "address", socket.getAddress());
        putIfSet(options, "socket_type", socket.getSocketType());
        putIfSet(options, "write_timeout", socket.getWriteTimeout());
      }
      case "http" -> {
        AuditHttpOptions http = orEmpty(device.getHttpOptions(), new AuditHttpOptions());
        putIfSet(options, "uri", http.getUri());
        if (http.getHeaders() != null) {
          // Audit options are strings; the http device reads its headers as a JSON object of
          // header name to list of values.
          Map<String, List<String>> headers = new TreeMap<>();
          http.getHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
          options.put("headers", JSON.asJson(headers));
        }
      }
      default ->
          throw new IllegalArgumentException("unknown audit device type " + device.getType());
    }
    return options;
  }

  private static <T> T orEmpty(T options, T empty) {
    return options != null ? options : empty;
  }

  private static void putIfSet(Map<String, String> options, String key, String value) {
    if (value != null) {
      options.put(key, value);
    }
  }
}
