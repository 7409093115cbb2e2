package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.api.v1alpha1.NetworkSpec;
import org.baoflow.api.v1alpha1.UntypedObject;

/**
 * The user's NetworkPolicy rules: untyped JSON in the spec, converted to fabric8's rule types in
 * the order the user wrote them. A rule that does not convert is a spec error naming its index.
 */
final class UserNetworkRules {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private UserNetworkRules() {}

  static List<NetworkPolicyIngressRule> ingress(NetworkSpec network) {
    return network == null
        ? List.of()
        : convert(network.getIngressRules(), NetworkPolicyIngressRule.class, "ingressRules");
  }

  static List<NetworkPolicyEgressRule> egress(NetworkSpec network) {
    return network == null
        ? List.of()
        : convert(network.getEgressRules(), NetworkPolicyEgressRule.class, "egressRules");
  }

  private static <T> List<T> convert(List<UntypedObject> rules, Class<T> type, String field) {
    List<T> converted = new ArrayList<>();
    if (rules == null) {
      return converted;
    }
    for (int i = 0; i < rules.size(); i++) {
      try {
        converted.add(SERIALIZATION.convertValue(rules.get(i).values(), type));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "spec.network." + field + "[" + i + "] is not a " + type.getSimpleName(), e);
      }
    }
    return converted;
  }
}
