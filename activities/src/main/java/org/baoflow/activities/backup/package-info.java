/**
 * BaoFlow's backup activities: find the leader, stream its raft snapshot into a multipart upload,
 * verify the stored object, write the manifest, apply retention and delete a cluster's backups.
 *
 * <p>How it works: {@link org.baoflow.activities.backup.BackupActivitiesImpl} opens, per call, the
 * cluster's pods through {@link org.baoflow.activities.openbao.ClusterAccess} and the object store
 * through {@link org.baoflow.activities.backup.BackupStore}, which reads {@code spec.backup.target}
 * and its Secrets inside the activity. OpenBao logins ({@link
 * org.baoflow.activities.backup.BackupLogin}) use the backup JWT role, revoked when the call ends,
 * or the token of {@code spec.backup.tokenSecretRef}, which is never revoked. Manifests are JSON
 * ({@link org.baoflow.activities.backup.ManifestCodec}); retention and DeleteAll select backups by
 * manifest, never by parsing object names. No token, key or secret value leaves the activity.
 */
package org.baoflow.activities.backup;
