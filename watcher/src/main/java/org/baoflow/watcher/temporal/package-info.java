/**
 * How BaoFlow's processes reach Temporal: address, namespace, mutual TLS or a Temporal Cloud API
 * key, read from the environment. The watcher, the worker and the CLI share it; it lives in the
 * watcher module, which the worker depends on, because the {@code workflows} module holds only
 * deterministic code.
 */
package org.baoflow.watcher.temporal;
