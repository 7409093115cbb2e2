/**
 * TLS material for an OpenBao cluster: the operator-managed CA and server certificate, the SAN set
 * they must cover, PEM encoding, fingerprints for reload annotations, the rotation decision and the
 * validation of user-provided (External mode) material.
 *
 * <p>Every function here is pure apart from key generation: the current time and all inputs are
 * parameters. Private keys never appear in {@code toString()}, logs or exception messages.
 */
package org.baoflow.activities.pki;
