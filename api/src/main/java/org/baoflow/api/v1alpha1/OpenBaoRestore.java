package org.baoflow.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A request to restore one snapshot into an OpenBaoCluster of the same namespace, like a Job: one
 * resource, one restore workflow.
 */
@Group(OpenBaoCluster.GROUP)
@Version(OpenBaoCluster.VERSION)
@ShortNames("obrestore")
@AdditionalPrinterColumn(name = "Cluster", jsonPath = ".spec.cluster")
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Message", jsonPath = ".status.message", priority = 1)
public class OpenBaoRestore extends CustomResource<OpenBaoRestoreSpec, OpenBaoRestoreStatus>
    implements Namespaced {
  /** Finalizer that lets a committed restore finish before the resource disappears. */
  public static final String FINALIZER = "openbao.org/openbaorestore-finalizer";
}
