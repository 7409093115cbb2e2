package org.baoflow.watcher;

/**
 * An observation waiting to be sent.
 *
 * @param key the object it is about
 * @param fingerprint what the object looked like in every way the workflow cares about; a send is
 *     skipped when this fingerprint was already acknowledged for the key
 * @param observation what to send
 * @param receivedNanos {@link System#nanoTime()} when the watcher saw the event, for the latency of
 *     event to accepted signal
 */
public record PendingSend(
    ResourceKey key, String fingerprint, Observation observation, long receivedNanos) {}
