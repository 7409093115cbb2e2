package org.baoflow.workflows.cluster;

import java.util.Map;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * What the watcher saw of an OpenBaoCluster: one generation of its spec and the annotations it
 * forwards ({@code openbao.org/*} requests such as a backup trigger or a cutover approval).
 *
 * @param uid the resource's uid
 * @param generation its {@code metadata.generation}
 * @param spec the spec of that generation
 * @param annotations the forwarded annotations
 */
public record SpecObserved(
    String uid, long generation, OpenBaoClusterSpec spec, Map<String, String> annotations) {
  public SpecObserved {
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }
}
