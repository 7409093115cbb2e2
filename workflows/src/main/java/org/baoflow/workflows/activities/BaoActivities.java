package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * OpenBao's HTTP API on the cluster's pods, over TLS verified against the cluster's CA by the pod's
 * DNS name. The worker logs in with JWT auth ({@code auth/jwt-operator}) using a token of its own
 * ServiceAccount; tokens, keys and passwords stay inside the activity (Secrets are read and written
 * by reference), results carry states and names only.
 */
@ActivityInterface
public interface BaoActivities {

  /** Waits until {@code request.pod()} answers {@code sys/seal-status}; heartbeats meanwhile. */
  @ActivityMethod
  NodeState awaitApi(NodeRequest request);

  /**
   * Waits until {@code request.pod()} is initialized, unsealed and the active node: what a pod 0
   * that initializes itself reaches. Heartbeats meanwhile.
   */
  @ActivityMethod
  NodeState awaitActive(NodeRequest request);

  /**
   * Initializes the cluster through {@code sys/init} on pod 0 (clusters without self-init) and
   * writes the root token straight into Secret {@code <cluster>-root-token}, in the same attempt;
   * nothing of it is returned. Idempotent: initialized with that Secret present is done;
   * initialized without it is a non-retryable {@link FailureTypes#INITIALIZED_ELSEWHERE}.
   */
  @ActivityMethod
  NodeState initialize(ClusterSnapshot cluster);

  /**
   * With the root token Secret (clusters without self-init): configures what self-init would have,
   * JWT auth {@code jwt-operator} on the cluster's service-account issuer, the operator policies
   * and roles bound to the worker's ServiceAccount, and the demo login when enabled. Idempotent.
   */
  @ActivityMethod
  void configureOperatorAccess(ClusterSnapshot cluster);

  /** Logs in as the worker (JWT, role {@code openbao-operator}) and reports the policies. */
  @ActivityMethod
  LoginCheck verifyOperatorLogin(ClusterSnapshot cluster);

  /** Logs in as the demo user (userpass, password from its Secret) and reports the policies. */
  @ActivityMethod
  LoginCheck verifyDemoLogin(ClusterSnapshot cluster);

  /**
   * Waits until every pod of {@code request.pods()} is a healthy raft voter and no other server is
   * in the configuration. Heartbeats with who is missing.
   */
  @ActivityMethod
  RaftState awaitVoters(VotersRequest request);

  /** The raft configuration now, and who leads. */
  @ActivityMethod
  RaftState raftState(ClusterSnapshot cluster);

  /** Applies the spec's autopilot settings (or OpenBao's defaults for unset ones). */
  @ActivityMethod
  void configureAutopilot(ClusterSnapshot cluster);

  /** Makes {@code request.pod()}, the leader, step down and waits until another pod leads. */
  @ActivityMethod
  RaftState stepDown(NodeRequest request);

  /** Removes raft peers by node id; peers already gone count as removed. */
  @ActivityMethod
  RaftState removePeers(PeersRequest request);

  /**
   * One pod.
   *
   * @param cluster the cluster
   * @param pod the pod's name
   */
  record NodeRequest(ClusterSnapshot cluster, String pod) {}

  /**
   * Pods that must all vote.
   *
   * @param cluster the cluster
   * @param pods pod names, which are the raft node ids
   */
  record VotersRequest(ClusterSnapshot cluster, List<String> pods) {
    public VotersRequest {
      pods = List.copyOf(pods);
    }
  }

  /**
   * Raft peers to remove.
   *
   * @param cluster the cluster
   * @param nodeIds node ids (pod names)
   */
  record PeersRequest(ClusterSnapshot cluster, List<String> nodeIds) {
    public PeersRequest {
      nodeIds = List.copyOf(nodeIds);
    }
  }

  /**
   * A node's state.
   *
   * @param pod the pod
   * @param initialized OpenBao is initialized
   * @param sealed the node is sealed
   * @param active the node is the active (leader) node
   */
  record NodeState(String pod, boolean initialized, boolean sealed, boolean active) {}

  /**
   * A successful login, without its token.
   *
   * @param role the role or user logged in as
   * @param policies the token's policies
   */
  record LoginCheck(String role, List<String> policies) {
    public LoginCheck {
      policies = List.copyOf(policies);
    }
  }

  /**
   * The raft configuration.
   *
   * @param leader the leader's node id (pod name); {@code null} without a leader
   * @param servers every server in the configuration
   */
  record RaftState(String leader, List<RaftMember> servers) {
    public RaftState {
      servers = List.copyOf(servers);
    }
  }

  /**
   * One raft server.
   *
   * @param nodeId its node id, the pod name
   * @param voter whether it votes
   * @param healthy whether autopilot reports it healthy
   */
  record RaftMember(String nodeId, boolean voter, boolean healthy) {}
}
