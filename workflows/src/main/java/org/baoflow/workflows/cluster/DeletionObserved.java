package org.baoflow.workflows.cluster;

/**
 * The OpenBaoCluster is being deleted (its deletionTimestamp is set) or is gone.
 *
 * @param uid the resource's uid
 * @param gone the resource no longer exists (deleted without BaoFlow's finalizer, or after it)
 */
public record DeletionObserved(String uid, boolean gone) {}
