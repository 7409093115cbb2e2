package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.AuthInfo;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoEndpoint;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.kube.ClusterModels;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.kube.render.PodLayout;
import org.baoflow.activities.kube.render.ResourceNames;
import org.baoflow.activities.kube.render.SelfInitRenderer;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One activity's way to one cluster's pods: addresses each pod by its DNS name through the
 * settings' resolver, verifies it against the cluster's CA, and logs in as the worker. Closing it
 * revokes every token its logins got, so no activity leaves a live token behind for its TTL.
 */
public final class ClusterAccess implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterAccess.class);

  private final KubernetesClient kube;
  private final BaoSettings settings;
  private final ClusterModel model;
  private final String caPem;
  private BaoToken operatorToken;
  private final List<BaoToken> toRevoke = new ArrayList<>();

  private ClusterAccess(
      KubernetesClient kube, BaoSettings settings, ClusterModel model, String caPem) {
    this.kube = kube;
    this.settings = settings;
    this.model = model;
    this.caPem = caPem;
  }

  /** Access to {@code cluster}'s pods; reads the CA now. */
  public static ClusterAccess of(
      KubernetesClient kube, BaoSettings settings, ClusterSnapshot cluster) {
    ClusterModel model = ClusterModels.of(cluster);
    return new ClusterAccess(kube, settings, model, ClusterTrust.caPem(kube, model));
  }

  ClusterModel model() {
    return model;
  }

  public ResourceNames names() {
    return model.names();
  }

  /** Ordinal 0 of the cluster's StatefulSet, the pod that initializes the cluster. */
  String firstPod() {
    return names().pod(names().statefulSet(null), 0);
  }

  /** A connection to {@code pod}, verified by its DNS name against the cluster's CA. */
  public BaoConnection connect(String pod) {
    int dash = pod.lastIndexOf('-');
    if (dash <= 0) {
      throw new IllegalArgumentException("not a StatefulSet pod name: " + pod);
    }
    String dnsName =
        names().podDnsName(pod.substring(0, dash), Integer.parseInt(pod.substring(dash + 1)));
    BaoEndpoint endpoint =
        settings.resolver().resolve(URI.create("https://" + dnsName + ":" + PodLayout.API_PORT));
    return BaoConnection.open(endpoint, caPem, settings.client(), settings.resolver());
  }

  /**
   * The worker's token, logging in on {@code connection} the first time: one login per activity
   * call, however often a wait looks, since every login makes OpenBao fetch the issuer's keys.
   */
  BaoToken operatorToken(BaoConnection connection) {
    if (operatorToken == null) {
      operatorToken = operatorLogin(connection).token();
    }
    return operatorToken;
  }

  /**
   * Logs in on {@code connection} as the worker: JWT, role {@code openbao-operator}. The token is
   * revoked on {@link #close()}.
   */
  AuthInfo operatorLogin(BaoConnection connection) {
    return jwtLogin(connection, SelfInitRenderer.OPERATOR_ROLE);
  }

  /**
   * Logs in on {@code connection} as the worker with JWT role {@code role} of the self-init
   * bootstrap's mount, with a fresh token of the worker's ServiceAccount. The token is revoked on
   * {@link #close()}.
   */
  public AuthInfo jwtLogin(BaoConnection connection, String role) {
    return revokeOnClose(
        new AuthClient(connection)
            .jwtLogin(SelfInitRenderer.JWT_MOUNT, role, settings.tokens().token()));
  }

  /** Remembers {@code login}'s token for revocation on {@link #close()}; returns {@code login}. */
  AuthInfo revokeOnClose(AuthInfo login) {
    if (login.token() != null) {
      toRevoke.add(login.token());
    }
    return login;
  }

  /**
   * Revokes the tokens of this access's logins through any pod. Best effort: a token that cannot be
   * revoked now (no pod answers) still expires with its TTL, and the activity's result stands.
   */
  @Override
  public void close() {
    for (BaoToken token : toRevoke) {
      try {
        onAnyPod(
            connection -> {
              new AuthClient(connection).revokeSelf(() -> token);
              return null;
            });
      } catch (RuntimeException e) {
        LOG.debug(
            "could not revoke a login token of {}/{}: {}",
            names().namespace(),
            names().cluster(),
            e.getClass().getSimpleName());
      }
    }
    toRevoke.clear();
    operatorToken = null;
  }

  /** The cluster's pods that are not being deleted, by name. */
  public List<String> pods() {
    return kube
        .pods()
        .inNamespace(names().namespace())
        .withLabels(Labels.clusterSelector(names().cluster()))
        .list()
        .getItems()
        .stream()
        .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
        .map(pod -> pod.getMetadata().getName())
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  /**
   * Runs {@code call} on the first of {@code candidates} that can be reached: calls to the cluster
   * as a whole work through any node, which forwards to the leader, and a pod may be restarting.
   * Fails with the last "not yet" failure when none can.
   */
  public <T> T onAnyPod(List<String> candidates, Function<BaoConnection, T> call) {
    RuntimeException last = null;
    for (String pod : candidates) {
      try {
        return call.apply(connect(pod));
      } catch (RuntimeException e) {
        if (!NotYet.is(e)) {
          throw e;
        }
        last = e;
      }
    }
    if (last == null) {
      throw new EndpointUnavailableException(
          "OpenBaoCluster " + names().namespace() + "/" + names().cluster() + " has no pods");
    }
    throw last;
  }

  /** {@link #onAnyPod(List, Function)} over the cluster's current pods. */
  public <T> T onAnyPod(Function<BaoConnection, T> call) {
    return onAnyPod(pods(), call);
  }
}
