package org.baoflow.lane.sim.harness;

import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.kube.LaneKubernetes;
import org.baoflow.lane.sim.pod.ClusterDns;

/**
 * What the lane hands the {@link org.baoflow.lane.sim.bao.NodeLauncher} factory of {@link
 * Lane.Builder#openBao} for each of its clusters.
 *
 * @param name the cluster's name in the lane
 * @param kubernetes the cluster's API server and service-account issuer
 * @param dns the names the cluster's pods resolve; hosts outside the cluster can be registered
 * @param timing the lane's delays
 */
public record LaneClusterContext(
    String name, LaneKubernetes kubernetes, ClusterDns dns, LaneTiming timing) {}
