package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.AuthInfo;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.HealthQuery;
import org.baoflow.activities.bao.InitRequest;
import org.baoflow.activities.bao.InitResponse;
import org.baoflow.activities.bao.LeaderResponse;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.SealStatus;
import org.baoflow.activities.bao.SysClient;
import org.baoflow.activities.kube.render.DefaultedSpec;
import org.baoflow.activities.kube.render.PodLayout;
import org.baoflow.activities.kube.render.ResourceNames;
import org.baoflow.activities.kube.render.SelfInitRenderer;
import org.baoflow.api.v1alpha1.DemoLoginSpec;
import org.baoflow.workflows.activities.BaoActivities;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * {@link BaoActivities} over BaoFlow's OpenBao client. Pods are addressed by their DNS names
 * through {@link BaoSettings#resolver()} and verified against the cluster's CA; the worker logs in
 * with JWT auth and a fresh token of its ServiceAccount on every call. Tokens, keys and passwords
 * are read and written by reference inside the activity and appear in no result, message or log.
 */
public final class BaoActivitiesImpl implements BaoActivities {
  /** Auto-unseal clusters need no recovery keys to run; nobody should have to guard any. */
  private static final InitRequest INIT = InitRequest.autoUnseal(0, 0);

  /** Step-downs before a step-down attempt fails (and Temporal retries it after a back-off). */
  private static final int MAX_STEP_DOWNS = 3;

  /** The retryable failure of a step-down no other voter took over from. */
  static final String LEADERSHIP_NOT_HANDED_OVER = "LeadershipNotHandedOver";

  private final KubernetesClient kube;
  private final BaoSettings settings;
  private final Poller poller;

  /** Activities calling Kubernetes through {@code kube} and OpenBao as {@code settings} say. */
  public BaoActivitiesImpl(KubernetesClient kube, BaoSettings settings) {
    this.kube = Objects.requireNonNull(kube, "kube");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.poller = new Poller(settings.pollInterval());
  }

  @Override
  public NodeState awaitApi(NodeRequest request) {
    try (ClusterAccess access = access(request.cluster())) {
      return poller.await(
          "the OpenBao API of pod " + request.pod(),
          () -> {
            BaoConnection connection = access.connect(request.pod());
            return Check.done(
                nodeState(request.pod(), connection, new SysClient(connection).sealStatus()));
          });
    }
  }

  @Override
  public NodeState awaitActive(NodeRequest request) {
    try (ClusterAccess access = access(request.cluster())) {
      return poller.await(
          "pod " + request.pod() + " to be initialized, unsealed and active",
          () -> {
            BaoConnection connection = access.connect(request.pod());
            NodeState state =
                nodeState(request.pod(), connection, new SysClient(connection).sealStatus());
            if (!state.initialized()) {
              return Check.notYet("not initialized");
            }
            if (state.sealed()) {
              return Check.notYet("sealed");
            }
            return state.active() ? Check.done(state) : Check.notYet("standby");
          });
    }
  }

  @Override
  public NodeState initialize(ClusterSnapshot cluster) {
    try (ClusterAccess access = access(cluster)) {
      ResourceNames names = access.names();
      String pod = access.firstPod();
      BaoConnection connection = access.connect(pod);
      SysClient sys = new SysClient(connection);
      if (!sys.initialized()) {
        InitResponse init = sys.init(INIT);
        RootTokenSecret.write(kube, names, init.token(), settings.pollInterval());
      } else if (RootTokenSecret.read(kube, names).isEmpty()) {
        throw initializedElsewhere(names);
      }
      return nodeState(pod, connection, sys.sealStatus());
    }
  }

  @Override
  public void configureOperatorAccess(ClusterSnapshot cluster) {
    try (ClusterAccess access = access(cluster)) {
      ResourceNames names = access.names();
      BaoToken root =
          RootTokenSecret.read(kube, names).orElseThrow(() -> initializedElsewhere(names));
      WorkerIdentity worker = WorkerIdentity.of(settings.tokens().token());
      String kubernetesCa = OperatorAccessSetup.kubernetesCaPem(kube);
      boolean demo = SelfInitRenderer.demoLogin(access.model().spec());
      String demoPassword = demo ? demoPassword(access) : null;
      access.onAnyPod(
          connection -> {
            OperatorAccessSetup setup =
                new OperatorAccessSetup(connection, root, access.model().spec());
            setup.configureJwt(worker, kubernetesCa);
            if (demo) {
              setup.configureDemoLogin(
                  DefaultedSpec.demoLogin(access.model().spec()).getUsername(), demoPassword);
            }
            return null;
          });
    }
  }

  @Override
  public LoginCheck verifyOperatorLogin(ClusterSnapshot cluster) {
    try (ClusterAccess access = access(cluster)) {
      AuthInfo login = access.onAnyPod(access::operatorLogin);
      return new LoginCheck(SelfInitRenderer.OPERATOR_ROLE, policies(login));
    }
  }

  @Override
  public LoginCheck verifyDemoLogin(ClusterSnapshot cluster) {
    try (ClusterAccess access = access(cluster)) {
      String username = DefaultedSpec.demoLogin(access.model().spec()).getUsername();
      String password = demoPassword(access);
      AuthInfo login =
          access.onAnyPod(
              connection ->
                  access.revokeOnClose(
                      new AuthClient(connection)
                          .userpassLogin(SelfInitRenderer.DEMO_MOUNT, username, password)));
      return new LoginCheck(username, policies(login));
    }
  }

  @Override
  public RaftState awaitVoters(VotersRequest request) {
    try (ClusterAccess access = access(request.cluster())) {
      List<String> wanted = request.pods();
      return poller.await(
          wanted.size() + " healthy raft voters " + wanted,
          () -> {
            RaftState state = access.onAnyPod(wanted, connection -> raftState(access, connection));
            List<String> missing = new ArrayList<>(wanted);
            List<String> extra = new ArrayList<>();
            for (RaftMember member : state.servers()) {
              if (!wanted.contains(member.nodeId())) {
                extra.add(member.nodeId());
              } else if (member.voter() && member.healthy()) {
                missing.remove(member.nodeId());
              }
            }
            if (missing.isEmpty() && extra.isEmpty()) {
              return Check.done(state);
            }
            return Check.notYet(
                "not yet healthy voters "
                    + missing
                    + ", servers to leave the configuration "
                    + extra);
          });
    }
  }

  @Override
  public RaftState raftState(ClusterSnapshot cluster) {
    try (ClusterAccess access = access(cluster)) {
      return access.onAnyPod(connection -> raftState(access, connection));
    }
  }

  @Override
  public void configureAutopilot(ClusterSnapshot cluster) {
    try (ClusterAccess access = access(cluster)) {
      access.onAnyPod(
          connection -> {
            BaoToken token = access.operatorToken(connection);
            new RaftClient(connection)
                .configureAutopilot(token, AutopilotSettings.of(access.model().spec()));
            return null;
          });
    }
  }

  @Override
  public RaftState stepDown(NodeRequest request) {
    try (ClusterAccess access = access(request.cluster())) {
      String pod = request.pod();
      RaftState before = access.onAnyPod(connection -> raftState(access, connection));
      boolean leads = pod.equals(before.leader());
      if (leads) {
        stepDownLocally(access, pod);
      }
      LeaderHandover handover =
          new LeaderHandover(pod, leads, looksIn(settings.stepDownPatience()), MAX_STEP_DOWNS);
      // sys/leader needs no login: the wait looks often, and every login costs a key fetch.
      poller.await(
          "another pod than " + pod + " to lead",
          () -> {
            LeaderHandover.Next next = handover.look(access.onAnyPod(BaoActivitiesImpl::leaderPod));
            return switch (next.action()) {
              case DONE -> Check.done(next.detail());
              case WAIT -> Check.notYet(next.detail());
              case STEP_DOWN_AGAIN -> {
                stepDownLocally(access, pod);
                yield Check.notYet(next.detail());
              }
              case GIVE_UP ->
                  throw ApplicationFailure.newFailure(next.detail(), LEADERSHIP_NOT_HANDED_OVER);
            };
          });
      return access.onAnyPod(connection -> raftState(access, connection));
    }
  }

  private static void stepDownLocally(ClusterAccess access, String pod) {
    BaoConnection connection = access.connect(pod);
    // Without forwarding, the call reaches this pod itself and never a leader elected meanwhile.
    new SysClient(connection.withoutRequestForwarding()).stepDown(access.operatorToken(connection));
  }

  private int looksIn(Duration period) {
    long looks = period.toMillis() / settings.pollInterval().toMillis();
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, looks));
  }

  @Override
  public RaftState removePeers(PeersRequest request) {
    try (ClusterAccess access = access(request.cluster())) {
      List<String> remaining =
          access.pods().stream().filter(pod -> !request.nodeIds().contains(pod)).toList();
      return access.onAnyPod(
          remaining.isEmpty() ? access.pods() : remaining,
          connection -> {
            BaoToken token = access.operatorToken(connection);
            RaftClient raft = new RaftClient(connection);
            List<String> present =
                raft.configuration(token).servers().stream()
                    .map(server -> server.nodeId())
                    .toList();
            for (String nodeId : request.nodeIds()) {
              if (present.contains(nodeId)) {
                raft.removePeer(token, nodeId);
              }
            }
            return RaftStates.read(connection, token);
          });
    }
  }

  private ClusterAccess access(ClusterSnapshot cluster) {
    return ClusterAccess.of(kube, settings, cluster);
  }

  private static RaftState raftState(ClusterAccess access, BaoConnection connection) {
    return RaftStates.read(connection, access.operatorToken(connection));
  }

  /** Initialized, sealed from {@code seal-status}; active when {@code sys/health} says 200. */
  private static NodeState nodeState(String pod, BaoConnection connection, SealStatus status) {
    boolean active =
        status.initialized()
            && !status.sealed()
            && new SysClient(connection).healthStatus(HealthQuery.defaults()) == 200;
    return new NodeState(pod, status.initialized(), status.sealed(), active);
  }

  /** The leading pod by {@code sys/leader}: the first label of its advertised address. */
  private static String leaderPod(BaoConnection connection) {
    LeaderResponse leader = new SysClient(connection).leader();
    String address = leader.leaderAddress();
    if (address == null || address.isBlank()) {
      return null;
    }
    String host = URI.create(address).getHost();
    return host == null ? null : host.split("\\.")[0];
  }

  private static List<String> policies(AuthInfo login) {
    return login.policies() == null ? List.of() : login.policies();
  }

  /** The demo password from the spec's Secret, or the one BaoFlow generates. */
  private String demoPassword(ClusterAccess access) {
    DemoLoginSpec demo = DefaultedSpec.demoLogin(access.model().spec());
    String secret =
        demo.getPasswordSecretRef() != null
            ? demo.getPasswordSecretRef().getName()
            : access.names().demoLoginSecret();
    String namespace = access.names().namespace();
    return SecretValues.read(kube, namespace, secret, PodLayout.DEMO_PASSWORD_KEY)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Secret "
                        + namespace
                        + "/"
                        + secret
                        + " with key "
                        + PodLayout.DEMO_PASSWORD_KEY
                        + " is not there yet"));
  }

  private static ApplicationFailure initializedElsewhere(ResourceNames names) {
    return ApplicationFailure.newNonRetryableFailure(
        "OpenBaoCluster "
            + names.namespace()
            + "/"
            + names.cluster()
            + " is initialized, but Secret "
            + names.rootTokenSecret()
            + " that BaoFlow writes at sys/init is missing: somebody else initialized it."
            + " Restore the Secret, or delete the cluster's data and let BaoFlow initialize it",
        FailureTypes.INITIALIZED_ELSEWHERE);
  }
}
