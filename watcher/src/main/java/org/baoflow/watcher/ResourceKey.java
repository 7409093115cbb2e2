package org.baoflow.watcher;

/**
 * One incarnation of a watched object: the watcher acknowledges sends and keeps pending ones per
 * key. The uid is part of it, so a resource deleted and created again under the same name never
 * replaces the pending deletion of its predecessor.
 *
 * @param kind {@code OpenBaoCluster}, {@code StatefulSet} or {@code Service}
 * @param namespace the object's namespace
 * @param name the object's name
 * @param uid the object's uid
 */
public record ResourceKey(String kind, String namespace, String name, String uid) {}
