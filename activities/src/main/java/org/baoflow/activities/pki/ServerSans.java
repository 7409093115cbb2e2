package org.baoflow.activities.pki;

import java.util.ArrayList;
import java.util.List;
import org.baoflow.activities.kube.render.ResourceNames;

/** Computes the subjectAltName set the operator-managed server certificate must carry. */
public final class ServerSans {

  private static final String CLUSTER_DOMAIN = ".cluster.local";

  private ServerSans() {}

  /** The SANs for {@code request}: deterministic, sorted and de-duplicated. */
  public static SubjectAltNames compute(SanRequest request) {
    ResourceNames names = new ResourceNames(request.cluster(), request.namespace());
    // Raft joins by pod IP (auto-join) verify the leader against this one stable name.
    List<String> dns = new ArrayList<>(List.of("localhost", names.raftTlsServerName()));
    List<String> ips = new ArrayList<>(List.of("127.0.0.1"));

    String headless = names.serviceDnsName(names.headlessService());
    for (String service : List.of(headless, headless + CLUSTER_DOMAIN)) {
      dns.add(service);
      dns.add("*." + service);
      // Pods of every StatefulSet (every blue/green revision) sit behind the one headless Service.
      for (SanRequest.PodSet podSet : request.podSets()) {
        for (int ordinal = 0; ordinal < podSet.replicas(); ordinal++) {
          dns.add(podSet.statefulSet() + "-" + ordinal + "." + service);
        }
      }
    }
    if (request.publicService()) {
      String publicService = names.serviceDnsName(request.publicServiceName());
      dns.add(publicService);
      dns.add(publicService + CLUSTER_DOMAIN);
    }
    List<String> userNames = new ArrayList<>(request.edgeHostnames());
    userNames.addAll(request.extraSans());
    for (String name : userNames) {
      String trimmed = name.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      (IpLiterals.isLiteral(trimmed) ? ips : dns).add(trimmed);
    }
    return new SubjectAltNames(dns, ips);
  }
}
