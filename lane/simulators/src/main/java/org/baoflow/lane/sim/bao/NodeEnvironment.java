package org.baoflow.lane.sim.bao;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.bao.seal.SealOpener;
import org.baoflow.lane.sim.kube.auth.TokenReviewResult;

/**
 * What the nodes of a lane share: the network joins travel over, the clock and delays, the version
 * they report, the Kubernetes TokenReview their auth calls and the secret engines they serve.
 *
 * @param commitDate the {@code commit_date} of that version, RFC 3339
 * @param tokenReview the TokenReview of Kubernetes auth: token and audiences in, the outcome out
 *     (the lane passes {@code TokenAuthenticator::review})
 * @param backend serves {@code sys/mounts*} and the secret mounts
 * @param seals opens the seal a node's stanza describes
 */
public record NodeEnvironment(
    BaoNetwork network,
    Clock clock,
    LaneTiming timing,
    String version,
    String commitDate,
    BiFunction<String, List<String>, TokenReviewResult> tokenReview,
    LogicalBackend backend,
    SealOpener seals) {

  /**
   * A lane of OpenBao 2.6.2 whose Kubernetes auth has no API server to ask (every review refuses),
   * whose nodes serve no secret engine and open static seals only.
   */
  public static NodeEnvironment of(BaoNetwork network, Clock clock, LaneTiming timing) {
    return new NodeEnvironment(
        network,
        clock,
        timing,
        "2.6.2",
        "2026-08-20T09:00:00Z",
        (token, audiences) ->
            new TokenReviewResult(null, List.of(), "[invalid bearer token, no API server]"),
        LogicalBackend.NONE,
        new StaticSealOpener(StaticSealOpener.NO_OTHER_SEALS));
  }

  /** The same lane with nodes of another version, as an image tag gives it. */
  public NodeEnvironment withVersion(String newVersion) {
    return new NodeEnvironment(
        network, clock, timing, newVersion, commitDate, tokenReview, backend, seals);
  }

  /** The same lane serving secret engines through {@code newBackend}. */
  public NodeEnvironment withBackend(LogicalBackend newBackend) {
    return new NodeEnvironment(
        network, clock, timing, version, commitDate, tokenReview, newBackend, seals);
  }
}
