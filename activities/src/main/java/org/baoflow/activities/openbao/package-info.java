/**
 * BaoFlow's OpenBao activities: waits on pods, initialization, the worker's JWT login, raft and
 * autopilot upkeep, over TLS verified against the cluster's CA by each pod's DNS name. Tokens, keys
 * and passwords stay inside the activity; results carry states and names only.
 */
package org.baoflow.activities.openbao;
