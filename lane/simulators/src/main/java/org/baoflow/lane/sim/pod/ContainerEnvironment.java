package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A container's environment as the kubelet builds it: the variables every container gets ({@code
 * HOSTNAME}, the API server's {@code KUBERNETES_SERVICE_*}), then {@code envFrom}, then {@code env}
 * in order, each value expanded with {@code $(VAR)} against the variables before it.
 */
final class ContainerEnvironment {
  private ContainerEnvironment() {}

  /**
   * @param apiServerPort the loopback port of the lane cluster's API server
   * @throws ContainerStartException for a missing ConfigMap, Secret or key that is not optional
   */
  static Map<String, String> resolve(
      Pod pod, Container container, PodSources sources, int apiServerPort) {
    Map<String, String> env = new LinkedHashMap<>();
    String hostname = pod.getSpec().getHostname();
    env.put("HOSTNAME", hostname != null ? hostname : pod.getMetadata().getName());
    env.put("KUBERNETES_SERVICE_HOST", FieldRefs.POD_IP);
    env.put("KUBERNETES_SERVICE_PORT", Integer.toString(apiServerPort));
    env.put("KUBERNETES_SERVICE_PORT_HTTPS", Integer.toString(apiServerPort));
    if (container.getEnvFrom() != null) {
      for (EnvFromSource from : container.getEnvFrom()) {
        envFrom(from, sources).forEach(env::put);
      }
    }
    if (container.getEnv() != null) {
      for (EnvVar variable : container.getEnv()) {
        Optional<String> value = value(pod, variable, env, sources);
        value.ifPresent(v -> env.put(variable.getName(), v));
      }
    }
    return Collections.unmodifiableMap(env);
  }

  private static Map<String, String> envFrom(EnvFromSource from, PodSources sources) {
    String prefix = from.getPrefix() == null ? "" : from.getPrefix();
    Map<String, String> values = new LinkedHashMap<>();
    if (from.getConfigMapRef() != null) {
      String name = from.getConfigMapRef().getName();
      Optional<Map<String, byte[]>> map = sources.configMap(name);
      if (map.isEmpty() && !Boolean.TRUE.equals(from.getConfigMapRef().getOptional())) {
        throw new ContainerStartException("configmap \"" + name + "\" not found");
      }
      map.ifPresent(m -> m.forEach((k, v) -> values.put(prefix + k, utf8(v))));
    }
    if (from.getSecretRef() != null) {
      String name = from.getSecretRef().getName();
      Optional<Map<String, byte[]>> secret = sources.secret(name);
      if (secret.isEmpty() && !Boolean.TRUE.equals(from.getSecretRef().getOptional())) {
        throw new ContainerStartException("secret \"" + name + "\" not found");
      }
      secret.ifPresent(m -> m.forEach((k, v) -> values.put(prefix + k, utf8(v))));
    }
    return values;
  }

  private static Optional<String> value(
      Pod pod, EnvVar variable, Map<String, String> defined, PodSources sources) {
    EnvVarSource from = variable.getValueFrom();
    if (from == null) {
      String raw = variable.getValue() == null ? "" : variable.getValue();
      return Optional.of(DependentExpansion.expand(raw, defined));
    }
    if (from.getFieldRef() != null) {
      return Optional.of(FieldRefs.value(pod, from.getFieldRef().getFieldPath()));
    }
    if (from.getSecretKeyRef() != null) {
      return secretKey(from.getSecretKeyRef(), sources);
    }
    if (from.getConfigMapKeyRef() != null) {
      return configMapKey(from.getConfigMapKeyRef(), sources);
    }
    throw new ContainerStartException(
        "environment variable " + variable.getName() + " uses a source the lane does not support");
  }

  private static Optional<String> secretKey(SecretKeySelector ref, PodSources sources) {
    return key(
        "secret",
        "Secret",
        ref.getName(),
        ref.getKey(),
        ref.getOptional(),
        sources.secret(ref.getName()),
        sources);
  }

  private static Optional<String> configMapKey(ConfigMapKeySelector ref, PodSources sources) {
    return key(
        "configmap",
        "ConfigMap",
        ref.getName(),
        ref.getKey(),
        ref.getOptional(),
        sources.configMap(ref.getName()),
        sources);
  }

  /**
   * One key of a Secret or ConfigMap, with the kubelet's messages when it or the key is missing.
   */
  private static Optional<String> key(
      String resource,
      String kind,
      String name,
      String key,
      Boolean optionalFlag,
      Optional<Map<String, byte[]>> data,
      PodSources sources) {
    boolean optional = Boolean.TRUE.equals(optionalFlag);
    if (data.isEmpty()) {
      if (optional) {
        return Optional.empty();
      }
      throw new ContainerStartException(resource + " \"" + name + "\" not found");
    }
    byte[] value = data.get().get(key);
    if (value == null) {
      if (optional) {
        return Optional.empty();
      }
      throw new ContainerStartException(
          "couldn't find key " + key + " in " + kind + " " + sources.namespace() + "/" + name);
    }
    return Optional.of(utf8(value));
  }

  private static String utf8(byte[] value) {
    return new String(value, StandardCharsets.UTF_8);
  }
}
