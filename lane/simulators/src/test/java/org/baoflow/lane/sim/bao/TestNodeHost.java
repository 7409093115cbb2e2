package org.baoflow.lane.sim.bao;

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

/**
 * A container for a node in tests: files by path, writable directories, environment, image, the pod
 * network's names and what {@code auto_join} discovers, all set by the test.
 */
public final class TestNodeHost implements NodeHost {
  public final Map<String, byte[]> files = new ConcurrentHashMap<>();
  public final List<String> writable = new ArrayList<>();
  public final Map<String, String> env = new ConcurrentHashMap<>();
  public final List<URI> discovered = new ArrayList<>();
  private final Map<String, InetSocketAddress> routes = new ConcurrentHashMap<>();
  private final Map<String, Integer> names;
  public String image = "quay.io/openbao/openbao:2.4.4";

  /** A host with no network names. */
  public TestNodeHost() {
    this(Map.of());
  }

  /** A host whose pod network resolves each name of {@code names} to its loopback port. */
  public TestNodeHost(Map<String, Integer> names) {
    this.names = names;
  }

  public TestNodeHost file(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public TestNodeHost env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Routes {@code host:port} to {@code socket}, as the lane's DNS and Services do. */
  public TestNodeHost route(String host, int port, InetSocketAddress socket) {
    routes.put(host + ":" + port, socket);
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
    return Optional.ofNullable(routes.get(host + ":" + port))
        .or(
            () ->
                Optional.ofNullable(names.get(host))
                    .map(
                        published ->
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), published)));
  }

  @Override
  public List<URI> autoJoin(String autoJoin, String scheme) {
    return List.copyOf(discovered);
  }
}
