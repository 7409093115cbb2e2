package org.baoflow.lane.sim.bao.transit;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.NodeHost;

/** A container with the files, environment and pod-network names a test gives it. */
final class TestNodeHost implements NodeHost {

  private final Map<String, byte[]> files = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();
  private final Map<String, InetSocketAddress> names = new HashMap<>();

  TestNodeHost file(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  TestNodeHost env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Routes {@code host:port} to {@code socket}, as the lane's DNS and Services do. */
  TestNodeHost route(String host, int port, InetSocketAddress socket) {
    names.put(host + ":" + port, socket);
    return this;
  }

  @Override
  public byte[] readFile(String path) throws NoSuchFileException {
    byte[] content = files.get(path);
    if (content == null) {
      throw new NoSuchFileException(path);
    }
    return content.clone();
  }

  @Override
  public boolean writable(String path) {
    return false;
  }

  @Override
  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name));
  }

  @Override
  public String image() {
    return "quay.io/openbao/openbao:2.4.4";
  }

  @Override
  public Optional<InetSocketAddress> resolve(String host, int port) {
    return Optional.ofNullable(names.get(host + ":" + port));
  }

  @Override
  public List<URI> autoJoin(String autoJoin, String scheme) {
    return List.of();
  }
}
