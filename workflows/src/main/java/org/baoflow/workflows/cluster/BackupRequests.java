package org.baoflow.workflows.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Manual backup requests (annotation {@code openbao.org/trigger-backup} and the backupNow update):
 * the ids waiting, in arrival order, and the ids handled lately, so each id backs up exactly once
 * however often the watcher re-sends the annotation or a client repeats the update.
 */
final class BackupRequests {
  /** How many handled ids are remembered across continue-as-new. */
  static final int REMEMBERED = 32;

  private final Set<String> waiting = new LinkedHashSet<>();
  private final Set<String> handled = new LinkedHashSet<>();

  BackupRequests(List<String> waiting, List<String> handled) {
    this.waiting.addAll(waiting);
    this.handled.addAll(handled);
  }

  /** What became of an offered id. */
  enum Offer {
    QUEUED,
    ALREADY_WAITING,
    ALREADY_HANDLED
  }

  Offer offer(String requestId) {
    if (handled.contains(requestId)) {
      return Offer.ALREADY_HANDLED;
    }
    return waiting.add(requestId) ? Offer.QUEUED : Offer.ALREADY_WAITING;
  }

  boolean any() {
    return !waiting.isEmpty();
  }

  /** The oldest waiting id. */
  String next() {
    return waiting.iterator().next();
  }

  /** {@code requestId} ran (or was refused); it never runs again. */
  void handled(String requestId) {
    waiting.remove(requestId);
    handled.add(requestId);
    while (handled.size() > REMEMBERED) {
      handled.remove(handled.iterator().next());
    }
  }

  List<String> waiting() {
    return List.copyOf(waiting);
  }

  List<String> handledIds() {
    return new ArrayList<>(handled);
  }
}
