package org.baoflow.lane.sim.pod;

import java.nio.file.Path;
import java.util.Optional;
import org.baoflow.lane.sim.bao.NodeStorage;

/**
 * A pod volume set up on the host.
 *
 * @param directory where its files are
 * @param writable whether the volume kind lets containers write (emptyDir, a claim not read-only)
 * @param storage the OpenBao data kept with a writable volume
 */
record MaterializedVolume(Path directory, boolean writable, Optional<NodeStorage> storage) {}
