package org.baoflow.lane.sim.bao.engines;

import java.time.Clock;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * The secrets engines of a simulated OpenBao cluster: the mount table ({@code sys/mounts*}) and the
 * KV engines (version 1 and 2) mounted in it. Everything lives in the cluster's {@link
 * LogicalStorage}, so a snapshot carries it and a restore replaces it.
 *
 * <p>The caller authorizes each request first; this class only implements behaviour.
 */
public final class SecretEngines {

  private static final String MOUNTS = "sys/mounts";

  private final KvV1Engine kvV1 = new KvV1Engine();
  private final KvV2Engine kvV2;
  private final MountEndpoints endpoints;

  /**
   * @param clock the node's clock, for the times of KV versions
   */
  public SecretEngines(Clock clock) {
    this.kvV2 = new KvV2Engine(clock);
    this.endpoints = new MountEndpoints(kvV2);
  }

  /**
   * Serves {@code sys/mounts}, {@code sys/mounts/<path>}, {@code sys/mounts/<path>/tune} and every
   * path under an enabled KV mount.
   *
   * @return the answer, or empty when the path is none of these (the built-in {@code cubbyhole/},
   *     {@code identity/} and {@code sys/} mounts are not served here)
   */
  public synchronized Optional<BaoResponse> handle(BaoRequest request, LogicalStorage storage) {
    String path = request.path();
    if (path.equals(MOUNTS) || path.equals(MOUNTS + "/")) {
      return Optional.of(
          request.operation() == Capability.READ
              ? endpoints.list(MountTable.load(storage))
              : BaoResponse.unsupported());
    }
    if (path.startsWith(MOUNTS + "/")) {
      return Optional.of(mountPath(request, storage, path.substring(MOUNTS.length() + 1)));
    }
    MountTable table = MountTable.load(storage);
    return table
        .route(path)
        .filter(entry -> entry.type().equals("kv"))
        .map(
            entry -> {
              String subPath =
                  path.length() > entry.path().length()
                      ? path.substring(entry.path().length())
                      : "";
              SecretEngine engine = entry.kvVersion() == 2 ? kvV2 : kvV1;
              return engine.handle(
                  request.operation(),
                  subPath,
                  request.data(),
                  storage.under(entry.storagePrefix()));
            });
  }

  private BaoResponse mountPath(BaoRequest request, LogicalStorage storage, String rest) {
    MountTable table = MountTable.load(storage);
    if (rest.endsWith("/tune")) {
      String path = withSlash(rest.substring(0, rest.length() - "/tune".length()));
      return switch (request.operation()) {
        case READ -> endpoints.readTune(table, path);
        case CREATE, UPDATE -> endpoints.tune(table, storage, path, request.data());
        default -> BaoResponse.unsupported();
      };
    }
    String path = withSlash(rest);
    return switch (request.operation()) {
      case READ -> endpoints.read(table, path);
      case CREATE, UPDATE -> endpoints.enable(table, path, request.data());
      case DELETE -> endpoints.disable(table, storage, path);
      default -> BaoResponse.unsupported();
    };
  }

  private static String withSlash(String path) {
    return path.endsWith("/") ? path : path + "/";
  }
}
