package org.baoflow.activities.kube.render;

import java.util.List;
import org.baoflow.api.v1alpha1.AcmeSpec;
import org.baoflow.api.v1alpha1.ConfigurationSpec;
import org.baoflow.api.v1alpha1.ListenerSpec;
import org.baoflow.api.v1alpha1.LoggingSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * Renders the config.hcl template of one revision: the same text for every pod of the revision,
 * with pod-identity placeholders that the entrypoint fills in. Every user value goes through {@link
 * Hcl#escape}; the file holds no secret, because it is stored in a ConfigMap.
 */
public final class ConfigHclRenderer {
  /** How long Prometheus gauges outlive their last update: twice a 30 s scrape interval. */
  static final String PROMETHEUS_RETENTION = "60s";

  private static final String TLS_CA_FILE = PodLayout.TLS_DIR + "/" + PodLayout.TLS_CA_KEY;

  private ConfigHclRenderer() {}

  /** The config.hcl template of {@code revision}. */
  public static String render(ClusterModel model, ConfigRevision revision) {
    OpenBaoClusterSpec spec = model.spec();
    ConfigurationSpec configuration = DefaultedSpec.configuration(spec);
    HclBody config = new HclBody();
    config
        .comment(
            "config.hcl of OpenBaoCluster "
                + model.names().namespace()
                + "/"
                + model.names().cluster()
                + (revision.revision() == null ? "" : ", revision " + revision.revision())
                + ", rendered by BaoFlow.\n"
                + "The entrypoint fills in this pod's name and namespace before OpenBao reads it.")
        .attribute("ui", configuration.getUi())
        .attribute("cluster_name", model.names().cluster())
        .attribute("api_addr", podAddress(model, PodLayout.API_PORT))
        .attribute("cluster_addr", podAddress(model, PodLayout.CLUSTER_PORT));
    general(config, spec);
    config.blank().block("listener", "tcp", listener -> listener(listener, model));
    config.blank().block("storage", "raft", raft -> raft(raft, model, revision));
    config.blank();
    SealStanza.render(config, spec);
    AuditStanzas.render(config, spec);
    config
        .blank()
        .comment("Labels each pod with its seal, init and leader state (BAO_K8S_* environment).")
        .block("service_registration", "kubernetes", registration -> {})
        .blank()
        .block(
            "telemetry",
            List.of(),
            telemetry ->
                telemetry
                    .attribute("prometheus_retention_time", PROMETHEUS_RETENTION)
                    .attribute("disable_hostname", true));
    return config.print();
  }

  /** {@code https://<pod>.<headless service>.<namespace>.svc:<port>}, the pod's stable name. */
  private static HclValue podAddress(ClusterModel model, int port) {
    return HclValue.template(
        "https://"
            + PodIdentityPlaceholders.POD_NAME
            + "."
            + Hcl.escape(model.names().headlessService())
            + "."
            + PodIdentityPlaceholders.POD_NAMESPACE
            + ".svc:"
            + port);
  }

  private static void general(HclBody config, OpenBaoClusterSpec spec) {
    ConfigurationSpec configuration = DefaultedSpec.configuration(spec);
    LoggingSpec logging = DefaultedSpec.logging(spec);
    config
        .attribute("log_level", configuration.getLogLevel().wireValue())
        .optional("log_format", logging.getFormat())
        .optional("log_file", logging.getFile())
        .optional("log_rotate_duration", logging.getRotateDuration())
        .optional("log_rotate_bytes", logging.getRotateBytes())
        .optional("log_rotate_max_files", logging.getRotateMaxFiles())
        .optional("pid_file", logging.getPidFile())
        .optional("default_lease_ttl", configuration.getDefaultLeaseTTL())
        .optional("max_lease_ttl", configuration.getMaxLeaseTTL())
        .optional("cache_size", configuration.getCacheSize())
        .optional("disable_cache", configuration.getDisableCache());
  }

  private static void listener(HclBody listener, ClusterModel model) {
    OpenBaoClusterSpec spec = model.spec();
    listener
        .attribute("address", "[::]:" + PodLayout.API_PORT)
        .attribute("cluster_address", "[::]:" + PodLayout.CLUSTER_PORT);
    if (DefaultedSpec.acme(spec)) {
      AcmeSpec acme = DefaultedSpec.acmeSettings(spec);
      listener
          .attribute("tls_acme_ca_directory", acme.getDirectoryURL())
          .attribute("tls_acme_domains", HclValue.strings(acmeDomains(model)))
          .optional("tls_acme_email", acme.getEmail())
          // Only TLS-ALPN on 8200 answers challenges: port 80 is not served by the pods.
          .attribute("tls_acme_disable_http_challenge", true)
          .optional("tls_acme_ca_root", DefaultedSpec.configuration(spec).getAcmeCARoot())
          // The root file system is read-only; the data volume keeps certificates across
          // restarts, so a restart does not order a new one.
          .attribute("tls_acme_cache_path", PodLayout.DATA_DIR + "/acme");
    } else {
      listener
          .attribute("tls_cert_file", PodLayout.TLS_DIR + "/" + PodLayout.TLS_CERT_KEY)
          .attribute("tls_key_file", PodLayout.TLS_DIR + "/" + PodLayout.TLS_KEY_KEY)
          .attribute("tls_client_ca_file", TLS_CA_FILE);
    }
    ListenerSpec settings = DefaultedSpec.listener(spec);
    listener.optional("proxy_protocol_behavior", settings.getProxyProtocolBehavior());
  }

  private static void raft(HclBody raft, ClusterModel model, ConfigRevision revision) {
    OpenBaoClusterSpec spec = model.spec();
    raft.attribute("path", PodLayout.DATA_DIR)
        .attribute("node_id", HclValue.template(PodIdentityPlaceholders.POD_NAME))
        .optional("performance_multiplier", DefaultedSpec.raft(spec).getPerformanceMultiplier());
    if (revision.joinsAsNonVoter()) {
      // Green nodes replicate the blue cluster without voting until the upgrade promotes them.
      raft.attribute("retry_join_as_non_voter", true);
    }
    raft.block("retry_join", List.of(), join -> retryJoin(join, model, revision));
  }

  private static void retryJoin(HclBody join, ClusterModel model, ConfigRevision revision) {
    OpenBaoClusterSpec spec = model.spec();
    String selector = Labels.CLUSTER + "=" + model.names().cluster();
    if (revision.joinRevision() != null) {
      selector += "," + Labels.REVISION + "=" + revision.joinRevision();
    }
    join.comment(
            "Discovers the peers by label through the Kubernetes API and dials them by pod IP.")
        .attribute(
            "auto_join",
            "provider=k8s namespace="
                + model.names().namespace()
                + " label_selector=\""
                + selector
                + "\"")
        .attribute("auto_join_scheme", "https");
    if (DefaultedSpec.acme(spec)) {
      // ACME certificates carry only the ACME domains; verify the peer against the first.
      join.attribute("leader_tls_servername", acmeDomains(model).get(0))
          .optional("leader_ca_cert_file", DefaultedSpec.configuration(spec).getAcmeCARoot());
    } else {
      // Peers are dialled by IP, so they are verified against a name every server certificate
      // carries.
      join.attribute("leader_tls_servername", model.names().raftTlsServerName())
          .attribute("leader_ca_cert_file", TLS_CA_FILE);
    }
  }

  /** The ACME domains: the spec's list, its deprecated single domain, or the ACME Service. */
  static List<String> acmeDomains(ClusterModel model) {
    AcmeSpec acme = DefaultedSpec.acmeSettings(model.spec());
    if (acme.getDomains() != null && !acme.getDomains().isEmpty()) {
      return acme.getDomains();
    }
    if (acme.getDomain() != null) {
      return List.of(acme.getDomain());
    }
    return List.of(model.names().serviceDnsName(model.names().acmeService()));
  }
}
