package org.baoflow.api.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * An OpenBao cluster that BaoFlow bootstraps, keeps converged, backs up, upgrades and restores,
 * each long operation a durable Temporal workflow.
 */
@Group(OpenBaoCluster.GROUP)
@Version(OpenBaoCluster.VERSION)
@ShortNames({"bao", "baoc"})
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase")
@AdditionalPrinterColumn(name = "Version", jsonPath = ".status.currentVersion")
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.readyReplicas",
    type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
// An untyped object's holder field is not part of its schema: the object is any JSON object.
@SchemaSwap(originalType = UntypedObject.class, fieldName = "values", targetType = void.class)
public class OpenBaoCluster extends CustomResource<OpenBaoClusterSpec, OpenBaoClusterStatus>
    implements Namespaced {
  /** API group of BaoFlow's resources. */
  public static final String GROUP = "openbao.org";

  /** API version of BaoFlow's resources. */
  public static final String VERSION = "v1alpha1";

  /** Finalizer that lets the delete workflow run before the resource disappears. */
  public static final String FINALIZER = "openbao.org/openbaocluster-finalizer";
}
