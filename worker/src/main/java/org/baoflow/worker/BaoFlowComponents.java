package org.baoflow.worker;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.List;
import org.baoflow.activities.backup.BackupActivitiesImpl;
import org.baoflow.activities.backup.BackupSettings;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.apply.ResourceActivitiesImpl;
import org.baoflow.activities.kube.cleanup.CleanupActivitiesImpl;
import org.baoflow.activities.kube.secrets.SecretActivitiesImpl;
import org.baoflow.activities.kube.status.StatusActivitiesImpl;
import org.baoflow.activities.kube.workload.WorkloadActivitiesImpl;
import org.baoflow.activities.openbao.BaoActivitiesImpl;
import org.baoflow.activities.openbao.BaoSettings;
import org.baoflow.activities.validation.ValidationActivitiesImpl;
import org.baoflow.workflows.backup.BackupWorkflowImpl;
import org.baoflow.workflows.bootstrap.BootstrapWorkflowImpl;
import org.baoflow.workflows.cluster.ClusterWorkflowImpl;
import org.baoflow.workflows.converge.ConvergeWorkflowImpl;
import org.baoflow.workflows.delete.DeleteWorkflowImpl;

/**
 * BaoFlow's workflows and activities, wired to one Kubernetes cluster: what a worker of that
 * cluster runs, in Kubernetes ({@link BaoFlowComposition}) and in the lane alike.
 */
public final class BaoFlowComponents {
  /** Every workflow implementation. */
  public static final List<Class<?>> WORKFLOWS =
      List.of(
          ClusterWorkflowImpl.class,
          BootstrapWorkflowImpl.class,
          ConvergeWorkflowImpl.class,
          DeleteWorkflowImpl.class,
          BackupWorkflowImpl.class);

  private BaoFlowComponents() {}

  /**
   * The components for the cluster {@code kube} talks to.
   *
   * @param resources what the caller opened for them and the process should close when it stops
   */
  public static WorkerComponents of(
      KubernetesClient kube,
      KubeSettings kubeSettings,
      BaoSettings baoSettings,
      BackupSettings backupSettings,
      Clock clock,
      List<AutoCloseable> resources) {
    return new WorkerComponents(
        WORKFLOWS,
        List.of(
            new ValidationActivitiesImpl(),
            new StatusActivitiesImpl(kube, kubeSettings, clock),
            new ResourceActivitiesImpl(kube, kubeSettings),
            new SecretActivitiesImpl(kube, kubeSettings),
            new WorkloadActivitiesImpl(kube, kubeSettings),
            new CleanupActivitiesImpl(kube, kubeSettings),
            new BaoActivitiesImpl(kube, baoSettings),
            new BackupActivitiesImpl(kube, baoSettings, backupSettings)),
        resources);
  }
}
