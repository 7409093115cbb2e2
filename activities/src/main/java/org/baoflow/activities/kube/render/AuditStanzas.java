package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baoflow.api.v1alpha1.AuditDeviceRequest;
import org.baoflow.api.v1alpha1.AuditFileOptions;
import org.baoflow.api.v1alpha1.AuditHttpOptions;
import org.baoflow.api.v1alpha1.AuditSocketOptions;
import org.baoflow.api.v1alpha1.AuditSyslogOptions;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.SelfInitRequest;

/**
 * Declarative {@code audit "<type>" "<path>"} stanzas for the audit devices the spec asks for.
 * Since 2.3.2 OpenBao refuses to create audit devices through its API (CVE-2025-54997: a file or
 * socket device writes wherever it is told), so a self-init request with an {@code auditDevice}
 * payload, which the Go operator sends to {@code sys/audit/<path>}, becomes a stanza in config.hcl
 * on every node instead; OpenBao creates it on the active node at start and on SIGHUP.
 */
final class AuditStanzas {
  private static final String API_PREFIX = "sys/audit/";
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private AuditStanzas() {}

  /** Whether a self-init request declares an audit device (and so is not sent to the API). */
  static boolean declares(SelfInitRequest request) {
    return request.getAuditDevice() != null;
  }

  /** Adds one stanza per audit device request of the spec, in the order they are written. */
  static void render(HclBody config, OpenBaoClusterSpec spec) {
    List<SelfInitRequest> requests = DefaultedSpec.selfInit(spec).getRequests();
    if (!Boolean.TRUE.equals(DefaultedSpec.selfInit(spec).getEnabled()) || requests == null) {
      return;
    }
    for (SelfInitRequest request : requests) {
      if (declares(request)) {
        config
            .blank()
            .block(
                "audit",
                List.of(request.getAuditDevice().getType(), path(request)),
                device -> device(device, request.getAuditDevice()));
      }
    }
  }

  /** The device's path: the request's {@code sys/audit/<path>}, or its name. */
  static String path(SelfInitRequest request) {
    String path = request.getPath();
    return path != null && path.startsWith(API_PREFIX) && path.length() > API_PREFIX.length()
        ? path.substring(API_PREFIX.length())
        : request.getName();
  }

  private static void device(HclBody device, AuditDeviceRequest request) {
    device.optional("description", request.getDescription());
    Map<String, String> options = options(request);
    if (!options.isEmpty()) {
      device.block("options", List.of(), block -> options.forEach(block::attribute));
    }
  }

  private static Map<String, String> options(AuditDeviceRequest device) {
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
