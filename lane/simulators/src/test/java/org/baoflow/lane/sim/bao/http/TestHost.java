package org.baoflow.lane.sim.bao.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.baoflow.lane.sim.bao.NodeHost;

/** A container for a launched node: files by path, writable directories, env, image and names. */
final class TestHost implements NodeHost {
  final Map<String, byte[]> files = new ConcurrentHashMap<>();
  final List<String> writable = new ArrayList<>();
  final Map<String, String> env = new ConcurrentHashMap<>();
  final Map<String, Integer> names;
  final List<URI> discovered = new ArrayList<>();
  String image = "quay.io/openbao/openbao:2.4.4";

  /** A host whose pod network resolves each name of {@code names} to its loopback port. */
  TestHost(Map<String, Integer> names) {
    this.names = names;
  }

  TestHost file(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  @Override
  public byte[] readFile(String path) throws IOException {
    byte[] content = files.get(path);
    if (content == null) {
      throw new NoSuchFileException(path);
    }
    return content.clone();
  }

  @Override
  public boolean writable(String path) {
    return writable.stream().anyMatch(path::startsWith);
  }

  @Override
  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name));
  }

  @Override
  public String image() {
    return image;
  }

  @Override
  public Optional<InetSocketAddress> resolve(String host, int port) {
    return Optional.ofNullable(names.get(host))
        .map(published -> new InetSocketAddress(InetAddress.getLoopbackAddress(), published));
  }

  @Override
  public List<URI> autoJoin(String autoJoin, String scheme) {
    return List.copyOf(discovered);
  }
}
