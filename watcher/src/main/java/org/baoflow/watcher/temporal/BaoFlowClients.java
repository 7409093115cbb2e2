package org.baoflow.watcher.temporal;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import org.baoflow.workflows.BaoFlowDataConverter;

/** Workflow clients as every BaoFlow process needs them: one namespace, BaoFlow's converter. */
public final class BaoFlowClients {
  private BaoFlowClients() {}

  /** A client of {@code namespace} over {@code stubs} with {@link BaoFlowDataConverter}. */
  public static WorkflowClient of(WorkflowServiceStubs stubs, String namespace) {
    return WorkflowClient.newInstance(
        stubs,
        WorkflowClientOptions.newBuilder()
            .setNamespace(namespace)
            .setDataConverter(BaoFlowDataConverter.get())
            .build());
  }
}
