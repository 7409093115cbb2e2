package org.baoflow.activities.bao;

import static org.baoflow.activities.bao.BaoFixtures.POD;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fake OpenBao node over TLS per test class, for the pod {@link BaoFixtures#POD}, and a
 * connection to it; each test starts with no recorded calls and no canned replies.
 */
final class FakeBaoNode implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private FakeBao server;
  private BaoConnection connection;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = FakeBao.start(BaoFixtures.CA, POD);
    connection = BaoFixtures.connect(server);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  FakeBao server() {
    return server;
  }

  BaoConnection connection() {
    return connection;
  }
}
