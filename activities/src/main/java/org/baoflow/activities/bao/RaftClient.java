package org.baoflow.activities.bao;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;

/**
 * Integrated storage: membership ({@code configuration}, {@code join}, {@code remove-peer}, {@code
 * promote}, {@code demote}), autopilot, and snapshots streamed both ways.
 */
public final class RaftClient {

  private static final String RAFT = "/v1/sys/storage/raft/";

  private final BaoConnection connection;

  public RaftClient(BaoConnection connection) {
    this.connection = connection;
  }

  /** {@code GET configuration}: the servers and the configuration index. */
  public RaftConfiguration configuration(BaoTokenHolder tokens) {
    Envelope<ConfigurationData> envelope =
        connection.call(
            BaoRequest.get(RAFT + "configuration", tokens.token()),
            BaoJson.envelopeOf(ConfigurationData.class));
    return envelope == null || envelope.data() == null ? null : envelope.data().config();
  }

  /** {@code POST join} on the joining node (unauthenticated; the node must be sealed). */
  public RaftJoinResponse join(RaftJoinRequest request) {
    return connection.call(
        BaoRequest.write("POST", RAFT + "join", null, BaoJson.body(request)),
        BaoJson.type(RaftJoinResponse.class));
  }

  /** {@code POST remove-peer}. */
  public void removePeer(BaoTokenHolder tokens, String serverId) {
    serverIdCall(tokens, "remove-peer", serverId);
  }

  /** {@code POST promote}: a permanent non-voter becomes a voter. */
  public void promote(BaoTokenHolder tokens, String serverId) {
    serverIdCall(tokens, "promote", serverId);
  }

  /** {@code POST demote}: a voter becomes a permanent non-voter. */
  public void demote(BaoTokenHolder tokens, String serverId) {
    serverIdCall(tokens, "demote", serverId);
  }

  /** {@code GET autopilot/state}; 404 when autopilot is disabled. */
  public AutopilotState autopilotState(BaoTokenHolder tokens) {
    Envelope<AutopilotState> envelope =
        connection.call(
            BaoRequest.get(RAFT + "autopilot/state", tokens.token()),
            BaoJson.envelopeOf(AutopilotState.class));
    return envelope == null ? null : envelope.data();
  }

  /** {@code GET autopilot/configuration}. */
  public AutopilotConfiguration autopilotConfiguration(BaoTokenHolder tokens) {
    Envelope<AutopilotConfiguration> envelope =
        connection.call(
            BaoRequest.get(RAFT + "autopilot/configuration", tokens.token()),
            BaoJson.envelopeOf(AutopilotConfiguration.class));
    return envelope == null ? null : envelope.data();
  }

  /** {@code POST autopilot/configuration}: persists the non-null fields. */
  public void configureAutopilot(BaoTokenHolder tokens, AutopilotConfiguration configuration) {
    connection.write(
        BaoRequest.write(
            "POST", RAFT + "autopilot/configuration", tokens.token(), BaoJson.body(configuration)));
  }

  /**
   * {@code GET snapshot}: the gzip tar as a stream the caller reads and closes. A standby's 307 is
   * followed to the active node.
   */
  public InputStream snapshot(BaoTokenHolder tokens) {
    return connection.stream(BaoRequest.get(RAFT + "snapshot", tokens.token()));
  }

  /**
   * {@code POST snapshot}: restores after the server checked the snapshot's seal (400 on a
   * mismatch). Answers once accepted; the data is applied afterwards.
   */
  public void restore(BaoTokenHolder tokens, SnapshotSource snapshot) {
    upload(tokens, "snapshot", snapshot);
  }

  /** {@code POST snapshot-force}: restores without the seal check. */
  public void forceRestore(BaoTokenHolder tokens, SnapshotSource snapshot) {
    upload(tokens, "snapshot-force", snapshot);
  }

  private void upload(BaoTokenHolder tokens, String endpoint, SnapshotSource snapshot) {
    BaoRequest.Body body =
        new BaoRequest.Body(
            BaoConnection.CONTENT_TYPE_BINARY,
            () -> HttpRequest.BodyPublishers.ofInputStream(() -> open(snapshot)),
            true);
    connection.write(BaoRequest.write("POST", RAFT + endpoint, tokens.token(), body));
  }

  private static InputStream open(SnapshotSource snapshot) {
    try {
      return snapshot.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the snapshot", e);
    }
  }

  private void serverIdCall(BaoTokenHolder tokens, String endpoint, String serverId) {
    connection.write(
        BaoRequest.write(
            "POST", RAFT + endpoint, tokens.token(), BaoJson.body(new ServerIdRequest(serverId))));
  }
}
