package org.baoflow.activities.kube.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.temporal.failure.ApplicationFailure;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.baoflow.activities.kube.ClusterModels;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.BootstrapResourcesRenderer;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.kube.render.DefaultedSpec;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.ResourceActivities;
import org.baoflow.workflows.drift.ManagedHash;

/**
 * Applies one stage of a cluster's rendered resources with server-side apply under BaoFlow's field
 * manager, then deletes the stage's BaoFlow resources the spec no longer renders.
 */
public final class ResourceActivitiesImpl implements ResourceActivities {
  private final KubernetesClient kube;
  private final KubeSettings settings;

  public ResourceActivitiesImpl(KubernetesClient kube, KubeSettings settings) {
    this.kube = Objects.requireNonNull(kube, "kube");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public ApplyResult apply(ApplyRequest request) {
    ClusterModel model = ClusterModels.of(request.cluster());
    List<HasMetadata> resources = render(model, request);
    List<AppliedResource> applied = new ArrayList<>();
    Set<String> rendered = new HashSet<>();
    for (HasMetadata resource : resources) {
      applied.add(apply(resource));
      rendered.add(key(resource.getKind(), resource.getMetadata().getName()));
    }
    applied.addAll(prune(model, request.stage(), rendered));
    return new ApplyResult(applied);
  }

  private List<HasMetadata> render(ClusterModel model, ApplyRequest request) {
    String caPem =
        BootstrapResourcesRenderer.needsCaConfigMap(model.spec()) ? caCertificatePem(model) : null;
    try {
      return StageResources.render(model, settings.platform(), request, caPem);
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), FailureTypes.INVALID_SPEC);
    }
  }

  /**
   * The CA certificate, from the Secret the TLS step created (OperatorManaged) or checked
   * (External: the server Secret's {@code ca.crt}), so no other Secret is needed.
   */
  private String caCertificatePem(ClusterModel model) {
    String name =
        DefaultedSpec.tls(model.spec()).getMode() == TlsMode.EXTERNAL
            ? model.names().serverTlsSecret()
            : model.names().caSecret();
    Secret secret = kube.secrets().inNamespace(model.names().namespace()).withName(name).get();
    String encoded =
        secret == null || secret.getData() == null
            ? null
            : secret.getData().get(BootstrapResourcesRenderer.CA_CONFIG_MAP_KEY);
    if (encoded == null) {
      // Retryable: the TLS step creates the Secret before resources are applied.
      throw new IllegalStateException(
          "Secret "
              + model.names().namespace()
              + "/"
              + name
              + " has no "
              + BootstrapResourcesRenderer.CA_CONFIG_MAP_KEY
              + " yet; the Gateway's CA ConfigMap needs it");
    }
    return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
  }

  private AppliedResource apply(HasMetadata resource) {
    HasMetadata before = kube.resource(resource).get();
    HasMetadata after =
        kube.resource(resource)
            .fieldManager(settings.fieldManager())
            .forceConflicts()
            .serverSideApply();
    Outcome outcome;
    if (before == null) {
      outcome = Outcome.CREATED;
    } else if (AppliedContent.changed(before, after, kube.getKubernetesSerialization())) {
      outcome = Outcome.PATCHED;
    } else {
      outcome = Outcome.UNCHANGED;
    }
    return new AppliedResource(
        resource.getKind(),
        resource.getMetadata().getName(),
        outcome,
        ManagedHash.of(kube.getKubernetesSerialization().asJson(after)));
  }

  /**
   * Deletes the stage's objects that carry the cluster's labels (which say BaoFlow manages them)
   * but were not rendered now. Objects of a blue/green revision are left to the upgrade that owns
   * them: this activity renders only the unrevisioned StatefulSet.
   */
  private List<AppliedResource> prune(ClusterModel model, Stage stage, Set<String> rendered) {
    List<AppliedResource> deleted = new ArrayList<>();
    for (Class<? extends HasMetadata> kind : StageKinds.of(stage)) {
      String kindName = HasMetadata.getKind(kind);
      for (HasMetadata existing : labelled(model, kind)) {
        String name = existing.getMetadata().getName();
        if (rendered.contains(key(kindName, name))
            || existing.getMetadata().getLabels().containsKey(Labels.REVISION)) {
          continue;
        }
        kube.resources(kind).inNamespace(model.names().namespace()).withName(name).delete();
        deleted.add(new AppliedResource(kindName, name, Outcome.DELETED, null));
      }
    }
    return deleted;
  }

  private List<? extends HasMetadata> labelled(
      ClusterModel model, Class<? extends HasMetadata> kind) {
    try {
      return kube.resources(kind)
          .inNamespace(model.names().namespace())
          .withLabels(Labels.common(model.names().cluster()))
          .list()
          .getItems();
    } catch (KubernetesClientException e) {
      // A kind whose CRD is not installed (the Gateway API) holds nothing to prune.
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return List.of();
      }
      throw e;
    }
  }

  private static String key(String kind, String name) {
    return kind + "/" + name;
  }
}
