package org.baoflow.workflows.backup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Why a backup ran; manifests record it as {@code scheduled}, {@code manual} or {@code
 * pre-upgrade}.
 */
public enum BackupReason {
  /** A fire of {@code spec.backup.schedule}. */
  SCHEDULED("scheduled"),
  /** A request through annotation {@code openbao.org/trigger-backup} or the backupNow update. */
  MANUAL("manual"),
  /** The snapshot an upgrade takes before it changes anything. */
  PRE_UPGRADE("pre-upgrade");

  private final String label;

  BackupReason(String label) {
    this.label = label;
  }

  /** The name manifests and object keys use. */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * The reason named {@code label}.
   *
   * @throws IllegalArgumentException for any other name
   */
  @JsonCreator
  public static BackupReason ofLabel(String label) {
    return Arrays.stream(values())
        .filter(reason -> reason.label.equals(label))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "backup reason must be scheduled, manual or pre-upgrade, got '" + label + "'"));
  }
}
