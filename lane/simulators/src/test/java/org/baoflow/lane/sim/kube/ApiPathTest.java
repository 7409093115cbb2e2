package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiPathTest {

  @Test
  void parsesANamespacedObjectSubresourceAndQuery() {
    ApiPath path =
        ApiPath.parse(
                "/apis/apps/v1/namespaces/ns/statefulsets/s/status?fieldManager=a%20b&force=true")
            .orElseThrow();

    assertThat(path)
        .extracting(
            ApiPath::group,
            ApiPath::version,
            ApiPath::namespace,
            ApiPath::resource,
            ApiPath::name,
            ApiPath::subresource)
        .containsExactly("apps", "v1", "ns", "statefulsets", "s", "status");
    assertThat(path.query()).containsEntry("fieldManager", "a b").containsEntry("force", "true");
    assertThat(path.objectPath()).isEqualTo("/apis/apps/v1/namespaces/ns/statefulsets/s");
    assertThat(path.collectionPath()).isEqualTo("/apis/apps/v1/namespaces/ns/statefulsets");
    assertThat(path.qualifiedResource()).isEqualTo("statefulsets.apps");
  }

  @Test
  void aNamespaceIsAClusterScopedObjectNotAScope() {
    ApiPath namespace = ApiPath.parse("/api/v1/namespaces/openbao").orElseThrow();
    ApiPath status = ApiPath.parse("/api/v1/namespaces/openbao/status").orElseThrow();

    assertThat(namespace.namespace()).isNull();
    assertThat(namespace.resource()).isEqualTo("namespaces");
    assertThat(namespace.name()).isEqualTo("openbao");
    assertThat(status.subresource()).isEqualTo("status");
  }

  @Test
  void crossNamespaceListsAndClusterScopedResourcesHaveNoNamespace() {
    assertThat(ApiPath.parse("/api/v1/pods").orElseThrow().namespace()).isNull();
    assertThat(
            ApiPath.parse("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/x.openbao.org")
                .orElseThrow()
                .name())
        .isEqualTo("x.openbao.org");
  }

  @Test
  void discoveryPathsAreNotResourcePaths() {
    assertThat(ApiPath.parse("/")).isEmpty();
    assertThat(ApiPath.parse("/version")).isEmpty();
    assertThat(ApiPath.parse("/api/v1")).isEmpty();
    assertThat(ApiPath.parse("/apis/apps/v1")).isEmpty();
  }
}
