/**
 * Our typed OpenBao HTTP client on {@code java.net.http.HttpClient} and Jackson 2; the snapshot
 * download alone reads over a blocking TLS socket ({@code BlockingHttpsGet}).
 *
 * <p>{@link org.baoflow.activities.bao.BaoConnection} is the one seam for pod addresses: it
 * connects to an address (in the lane a loopback port) and verifies the server certificate against
 * the pod's DNS name and the cluster CA. The area clients ({@link
 * org.baoflow.activities.bao.SysClient}, {@link org.baoflow.activities.bao.RaftClient}, {@link
 * org.baoflow.activities.bao.AuthClient}, {@link org.baoflow.activities.bao.JwtAuthClient}, {@link
 * org.baoflow.activities.bao.KubernetesAuthClient}, {@link
 * org.baoflow.activities.bao.PolicyClient}, {@link org.baoflow.activities.bao.MountClient}, {@link
 * org.baoflow.activities.bao.KvClient}) follow the wire contract of openbao-api.md with records
 * named after its JSON fields. Tokens travel only in the {@code X-Vault-Token} header; they never
 * appear in logs, exception messages or {@code toString()}.
 */
package org.baoflow.activities.bao;
