/**
 * The lane's container runtime for OpenBao pods: builds each pod's container from its spec alone
 * (volumes, environment, command and arguments, probes), runs the rendered entrypoint with the real
 * shell, and hands the resulting {@code bao server} configuration to a {@link
 * org.baoflow.lane.sim.bao.NodeLauncher}.
 */
package org.baoflow.lane.sim.pod;
