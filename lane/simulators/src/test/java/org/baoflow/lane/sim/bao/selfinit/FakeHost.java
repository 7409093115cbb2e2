package org.baoflow.lane.sim.bao.selfinit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.NodeHost;

/** A container with the files and environment the test gives it, and no network. */
final class FakeHost implements NodeHost {

  final Map<String, String> files = new HashMap<>();
  final Map<String, String> env = new HashMap<>();

  @Override
  public byte[] readFile(String path) throws IOException {
    String content = files.get(path);
    if (content == null) {
      throw new NoSuchFileException(path);
    }
    return content.getBytes(StandardCharsets.UTF_8);
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
    return Optional.empty();
  }

  @Override
  public List<URI> autoJoin(String autoJoin, String scheme) {
    return List.of();
  }
}
