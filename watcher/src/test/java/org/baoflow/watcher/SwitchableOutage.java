package org.baoflow.watcher;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;

/**
 * A gRPC interceptor that makes Temporal unreachable while it is down: every call fails with {@code
 * UNAVAILABLE} before reaching the server, as with a dead address.
 */
final class SwitchableOutage implements ClientInterceptor {
  private volatile boolean down;

  void down(boolean down) {
    this.down = down;
  }

  @Override
  public <Q, P> ClientCall<Q, P> interceptCall(
      MethodDescriptor<Q, P> method, CallOptions options, Channel next) {
    if (!down) {
      return next.newCall(method, options);
    }
    return new ClientCall<>() {
      @Override
      public void start(Listener<P> listener, Metadata headers) {
        listener.onClose(Status.UNAVAILABLE.withDescription("test outage"), new Metadata());
      }

      @Override
      public void request(int messages) {}

      @Override
      public void cancel(String message, Throwable cause) {}

      @Override
      public void halfClose() {}

      @Override
      public void sendMessage(Q message) {}
    };
  }
}
