package org.baoflow.lane.sim.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclBlock;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclParser;
import org.baoflow.lane.sim.hcl.HclPosition;
import org.baoflow.lane.sim.hcl.HclSyntaxException;

/**
 * A node's server configuration, read from its config.hcl as strictly as OpenBao reads it: a syntax
 * error, an unknown stanza or key, or a missing required setting is a {@link NodeConfigException}
 * naming the place, and the simulated node fails to start as OpenBao would.
 *
 * @param settings the top-level attributes as written ({@code log_level}, {@code max_lease_ttl}...)
 * @param initialize the self-init stanzas, in file order
 */
public record NodeConfig(
    Optional<String> apiAddr,
    Optional<String> clusterAddr,
    Optional<String> clusterName,
    boolean ui,
    List<ListenerConfig> listeners,
    RaftStorage storage,
    Optional<SealConfig> seal,
    List<AuditDevice> audit,
    Optional<ServiceRegistration> serviceRegistration,
    Optional<Telemetry> telemetry,
    List<InitializeBlock> initialize,
    Map<String, Object> settings) {

  /** Copies the lists and maps. */
  public NodeConfig {
    listeners = List.copyOf(listeners);
    audit = List.copyOf(audit);
    initialize = List.copyOf(initialize);
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  private static final Set<String> SETTINGS =
      Set.of(
          "ui",
          "api_addr",
          "cluster_addr",
          "cluster_name",
          "log_level",
          "log_format",
          "log_file",
          "log_rotate_duration",
          "log_rotate_bytes",
          "log_rotate_max_files",
          "log_requests_level",
          "pid_file",
          "default_lease_ttl",
          "max_lease_ttl",
          "default_max_request_duration",
          "cache_size",
          "disable_cache",
          "disable_mlock",
          "disable_clustering",
          "disable_performance_standby",
          "disable_printable_check",
          "plugin_directory",
          "plugin_file_uid",
          "plugin_file_permissions",
          "raw_storage_endpoint",
          "introspection_endpoint",
          "enable_response_header_hostname",
          "enable_response_header_raft_node_id",
          "imprecise_lease_role_tracking",
          "detect_deadlocks");

  private static final Set<String> STANZAS =
      Set.of(
          "listener",
          "storage",
          "seal",
          "audit",
          "service_registration",
          "telemetry",
          "initialize");

  /** The first listener: the one the node serves its API on. */
  public ListenerConfig listener() {
    return listeners.get(0);
  }

  /** All self-init requests in the order OpenBao runs them. */
  public List<InitRequest> initRequests() {
    return initialize.stream().flatMap(block -> block.requests().stream()).toList();
  }

  /** Reads a whole config.hcl; throws {@link NodeConfigException} where OpenBao would refuse it. */
  public static NodeConfig parse(String hcl) {
    HclBody file;
    try {
      file = HclParser.parse(hcl);
    } catch (HclSyntaxException e) {
      throw new NodeConfigException("error loading configuration: " + e.getMessage(), e);
    }
    ConfigBody body = new ConfigBody("the configuration", file, new HclPosition(1, 1));
    body.allowOnly(SETTINGS, STANZAS);
    List<ListenerConfig> listeners =
        file.blocks("listener").stream().map(ListenerConfig::parse).toList();
    if (listeners.isEmpty()) {
      throw new NodeConfigException("no listener is configured; at least one must be specified");
    }
    // OpenBao takes two seal stanzas while migrating between them; the lane does not simulate that.
    Optional<SealConfig> seal = single(file, "seal").map(SealConfig::parse);
    List<InitializeBlock> initialize = initialize(file);
    if (!initialize.isEmpty() && seal.filter(s -> !s.disabled()).isEmpty()) {
      throw new NodeConfigException(
          "self-initialization requires auto-unseal as there is no way to persist the Shamir's"
              + " keys");
    }
    return new NodeConfig(
        body.string("api_addr"),
        body.string("cluster_addr"),
        body.string("cluster_name"),
        body.bool("ui").orElse(false),
        listeners,
        single(file, "storage")
            .map(RaftStorage::parse)
            .orElseThrow(() -> new NodeConfigException("A storage backend must be specified")),
        seal,
        file.blocks("audit").stream().map(AuditDevice::parse).toList(),
        single(file, "service_registration").map(ServiceRegistration::parse),
        single(file, "telemetry").map(Telemetry::parse),
        initialize,
        body.attributes());
  }

  private static Optional<HclBlock> single(HclBody file, String type) {
    List<HclBlock> blocks = file.blocks(type);
    if (blocks.size() > 1) {
      throw ConfigBody.error(
          blocks.get(1).position(),
          "only one '"
              + type
              + "' block is permitted (the first is at "
              + blocks.get(0).position()
              + ")");
    }
    return blocks.stream().findFirst();
  }

  private static List<InitializeBlock> initialize(HclBody file) {
    List<InitializeBlock> blocks = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (HclBlock block : file.blocks("initialize")) {
      InitializeBlock parsed = InitializeBlock.parse(block);
      if (!names.add(parsed.name())) {
        throw ConfigBody.error(block.position(), "duplicate initialize \"" + parsed.name() + "\"");
      }
      blocks.add(parsed);
    }
    return blocks;
  }
}
