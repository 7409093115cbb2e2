package org.baoflow.workflows.cluster;

/**
 * A resource BaoFlow owns changed in a field BaoFlow manages.
 *
 * @param uid the uid of the OpenBaoCluster that owns it
 * @param kind {@code StatefulSet} or {@code Service}
 * @param name the resource's name
 * @param managedHash {@code ManagedHash} of the resource as the watcher saw it; equal to the hash
 *     of BaoFlow's last apply when the change was BaoFlow's own
 */
public record DriftObserved(String uid, String kind, String name, String managedHash) {}
