package org.baoflow.workflows.cluster;

import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * The cluster workflow's backup slot: the schedule's timer and due fire, the manual requests
 * waiting, and the {@link BackupRunner} that runs one and reports it. The cluster workflow decides
 * when a backup may run (one operation at a time); this class decides which.
 *
 * <p>Workflows that never had a backup schedule create no command here, so their histories replay
 * unchanged; one whose history predates backups (version marker absent) takes up backups in its
 * next run.
 */
final class ClusterBackups {
  /** The annotation that asks for a manual backup; its value is the request id. */
  static final String TRIGGER_ANNOTATION = "openbao.org/trigger-backup";

  private final ClusterRef ref;
  private final ClusterWorkflowIds ids;
  private final StatusReporter status;
  private final BackupScheduleTimer schedule;
  private final BackupRequests requests;
  private final BackupRunner runner;
  private Integer version;

  ClusterBackups(ClusterRef ref, StatusReporter status, BackupMemory memory) {
    this.ref = ref;
    this.ids = ref.ids();
    this.status = status;
    this.schedule =
        new BackupScheduleTimer(memory.schedule(), memory.handledMillis(), memory.dueMillis());
    this.requests = new BackupRequests(memory.requests(), memory.handledRequests());
    this.runner = new BackupRunner(ids, status, memory.view());
  }

  /** A spec event arrived after {@code previous}: a new trigger annotation value is a request. */
  void observed(SpecObserved previous, SpecObserved event) {
    String trigger = event.annotations().get(TRIGGER_ANNOTATION);
    if (trigger != null
        && (previous == null || !trigger.equals(previous.annotations().get(TRIGGER_ANNOTATION)))) {
      requests.offer(trigger);
    }
  }

  /** Queues {@code requestId} (once per id); returns the backup's workflow ID. */
  String request(String requestId) {
    requests.offer(requestId);
    return ids.manualBackup(requestId);
  }

  /** Arms the timer for the schedule of {@code target}, the spec operations act on. */
  void follow(SpecObserved target) {
    String expression =
        target == null || target.spec().getBackup() == null
            ? null
            : target.spec().getBackup().getSchedule();
    if ((expression == null && schedule.schedule() == null) || !enabled()) {
      return;
    }
    schedule.follow(expression);
  }

  /** A scheduled fire or a manual request waits. */
  boolean waiting() {
    return schedule.dueMillis() > 0 || requests.any();
  }

  /** Whether {@code status.backup} is behind. */
  boolean statusBehind() {
    long next = schedule.nextMillis();
    return runner.stale()
        || !Objects.equals(runner.view().nextScheduledMillis(), next > 0 ? next : null);
  }

  /** Writes {@code status.backup}. */
  void reportStatus() {
    runner.nextScheduled(schedule.nextMillis());
    runner.report();
  }

  /**
   * Takes the manual request waiting longest, else the due scheduled fire, for {@code target}: the
   * job to run, or empty when it had to be refused (a warning Event says why).
   */
  Optional<BackupJob> take(SpecObserved target) {
    String refusal = null;
    BackupJob job = null;
    long now = Workflow.currentTimeMillis();
    ClusterSnapshot cluster = new ClusterSnapshot(ref, target.generation(), target.spec());
    boolean hasTarget = BackupRequestCheck.hasTarget(target.spec());
    if (requests.any()) {
      String requestId = requests.next();
      requests.handled(requestId);
      runner.handledTrigger(requestId);
      if (!ClusterWorkflowIds.isRequestId(requestId)) {
        refusal =
            "Backup request '"
                + requestId
                + "' refused: annotation "
                + TRIGGER_ANNOTATION
                + " must be 1 to 63 letters, digits, '.', '_' or '-', starting with a letter or"
                + " digit";
      } else if (!hasTarget || !enabled()) {
        refusal =
            "Backup request "
                + requestId
                + " refused: spec.backup.target is not set; set it, then ask again with a new"
                + " request id";
      } else {
        job = BackupJob.manual(ids, cluster, requestId, now);
      }
    } else {
      long fire = schedule.dueMillis();
      schedule.taken();
      if (hasTarget) {
        job = BackupJob.scheduled(ids, cluster, fire, now);
      } else {
        refusal =
            "Scheduled backup at "
                + Instant.ofEpochMilli(fire)
                + " skipped: spec.backup.target is not set";
      }
    }
    runner.nextScheduled(schedule.nextMillis());
    if (job == null) {
      runner.report();
      status.event(true, "BackupRefused", refusal);
    }
    return Optional.ofNullable(job);
  }

  BackupRunner runner() {
    return runner;
  }

  /** The next scheduled fire, or 0. */
  long nextMillis() {
    return schedule.nextMillis();
  }

  /** The scheduled fire waiting, or 0. */
  long dueMillis() {
    return schedule.dueMillis();
  }

  List<String> waitingRequests() {
    return requests.waiting();
  }

  /** This slot as continue-as-new carries it. */
  BackupMemory memory() {
    return new BackupMemory(
        schedule.schedule(),
        schedule.handledMillis(),
        schedule.dueMillis(),
        requests.waiting(),
        requests.handledIds(),
        runner.view());
  }

  private boolean enabled() {
    if (version == null) {
      version = Workflow.getVersion("backups", Workflow.DEFAULT_VERSION, 1);
    }
    return version >= 1;
  }
}
