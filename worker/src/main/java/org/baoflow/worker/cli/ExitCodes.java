package org.baoflow.worker.cli;

/** The exit codes the {@code baoflow} commands share; each command lists the ones it uses. */
final class ExitCodes {
  static final int OK = 0;
  static final int NOT_FOUND = 1;
  static final int INVALID = 2;
  static final int UNREACHABLE = 3;
  static final int BACKUP_FAILED = 4;
  static final int WAIT_TIMED_OUT = 5;

  private ExitCodes() {}
}
