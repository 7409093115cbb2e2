package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * Renders a cluster's resources and applies them with server-side apply under BaoFlow's one field
 * manager, with owner references to the OpenBaoCluster. Each call applies one {@link Stage}, so a
 * worker that dies between stages resumes at the next one. Secrets are never applied: generated
 * material is create-only ({@link SecretActivities}).
 */
@ActivityInterface
public interface ResourceActivities {

  /**
   * Applies the resources of {@code request.stage()} and deletes BaoFlow's resources of that stage
   * that the spec no longer renders (a disabled edge, the self-init ConfigMap after bootstrap).
   * Idempotent: applying the same request again reports every resource {@code UNCHANGED}.
   */
  @ActivityMethod
  ApplyResult apply(ApplyRequest request);

  /** Groups of resources, in bootstrap order. */
  enum Stage {
    /** ServiceAccount, Role and RoleBinding. */
    IDENTITY,
    /** config.hcl, entrypoint and self-init ConfigMaps, and the CA ConfigMap of a Gateway. */
    CONFIGURATION,
    /** Services, Gateway routes, BackendTLSPolicy, Ingress, NetworkPolicy, PodDisruptionBudget. */
    NETWORK,
    /** The StatefulSet. */
    WORKLOAD
  }

  /**
   * What to apply.
   *
   * @param cluster the cluster
   * @param stage which resources
   * @param replicas the StatefulSet's replicas: 1 while bootstrapping, then {@code spec.replicas}
   * @param bootstrapping whether the cluster is still being initialized: only then is the self-init
   *     ConfigMap rendered and mounted, so a pod 0 that loses its volume later cannot initialize a
   *     second, empty cluster
   * @param certificateHash fingerprint of the server certificate, which the pod template carries so
   *     a new certificate rolls the pods; {@code null} in ACME mode
   */
  record ApplyRequest(
      ClusterSnapshot cluster,
      Stage stage,
      int replicas,
      boolean bootstrapping,
      String certificateHash) {}

  /**
   * What an apply did.
   *
   * @param resources every resource of the stage, in apply order, then the deleted ones
   */
  record ApplyResult(List<AppliedResource> resources) {
    public ApplyResult {
      resources = List.copyOf(resources);
    }
  }

  /**
   * One resource.
   *
   * @param kind its kind, such as {@code StatefulSet}
   * @param name its name
   * @param outcome what the apply did
   * @param managedHash {@code ManagedHash} of the object the API server returned; the watcher
   *     computes the same hash, so the cluster workflow tells its own writes from drift. {@code
   *     null} for deleted resources
   */
  record AppliedResource(String kind, String name, Outcome outcome, String managedHash) {}

  /** What happened to one resource. */
  enum Outcome {
    CREATED,
    PATCHED,
    UNCHANGED,
    DELETED
  }
}
