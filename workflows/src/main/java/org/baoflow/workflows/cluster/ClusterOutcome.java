package org.baoflow.workflows.cluster;

/**
 * How a cluster workflow ended.
 *
 * @param reason {@code Deleted} (the delete workflow ran), {@code Gone} (the resource vanished
 *     without BaoFlow's finalizer) or {@code Replaced} (a new resource with the same name took
 *     over)
 * @param message details for humans
 */
public record ClusterOutcome(String reason, String message) {}
