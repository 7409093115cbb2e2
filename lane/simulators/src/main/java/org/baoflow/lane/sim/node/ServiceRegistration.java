package org.baoflow.lane.sim.node;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclBlock;

/**
 * {@code service_registration "kubernetes"}: the node labels its pod with its state. Namespace and
 * pod name default to the {@code BAO_K8S_NAMESPACE} and {@code BAO_K8S_POD_NAME} environment.
 */
public record ServiceRegistration(
    String type, Optional<String> namespace, Optional<String> podName) {

  static ServiceRegistration parse(HclBlock block) {
    ConfigBody body = ConfigBody.of(block);
    if (!block.labels().equals(List.of("kubernetes"))) {
      throw body.error(
          "service_registration type "
              + block.labels()
              + " is not supported; the lane registers with kubernetes");
    }
    body.allowOnly(Set.of("namespace", "pod_name"), Set.of());
    return new ServiceRegistration("kubernetes", body.string("namespace"), body.string("pod_name"));
  }
}
