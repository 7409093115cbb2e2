package org.baoflow.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.generator.annotation.Default;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.baoflow.api.cel.Crds;
import org.baoflow.api.testing.Yaml;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.OpenBaoRestoreSpec;
import org.baoflow.api.v1alpha1.StorageSpec;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.api.v1alpha1.TlsSpec;
import org.baoflow.api.v1alpha1.UntypedObject;
import org.junit.jupiter.api.Test;

/** SpecDefaults applies exactly the CRD's defaults, where an API server would apply them. */
class SpecDefaultsTest {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  /** A default in the CRD: the path below spec ({@code []} for list items) and the value. */
  private record CrdDefault(List<String> path, Object value) {}

  private static List<CrdDefault> crdDefaults(Map<String, Object> specSchema) {
    List<CrdDefault> defaults = new ArrayList<>();
    collect(specSchema, new ArrayList<>(), defaults);
    return defaults;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Map<String, Object> node, List<String> path, List<CrdDefault> out) {
    if (node.containsKey("default")) {
      out.add(new CrdDefault(List.copyOf(path), node.get("default")));
    }
    Map<String, Object> properties = (Map<String, Object>) node.get("properties");
    if (properties != null) {
      properties.forEach(
          (name, child) -> {
            path.add(name);
            collect((Map<String, Object>) child, path, out);
            path.remove(path.size() - 1);
          });
    }
    if (node.get("items") instanceof Map<?, ?> items) {
      path.add("[]");
      collect((Map<String, Object>) items, path, out);
      path.remove(path.size() - 1);
    }
    if (node.get("additionalProperties") instanceof Map<?, ?> values) {
      path.add("{}");
      collect((Map<String, Object>) values, path, out);
      path.remove(path.size() - 1);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> specSchema(String crd) throws Exception {
    Map<String, Object> root = Yaml.read(Crds.file(crd));
    Map<String, Object> version =
        (Map<String, Object>)
            ((List<?>) ((Map<String, Object>) root.get("spec")).get("versions")).get(0);
    Map<String, Object> schema =
        (Map<String, Object>) ((Map<String, Object>) version.get("schema")).get("openAPIV3Schema");
    return (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get("spec");
  }

  @Test
  void everyCrdDefaultIsWhatSpecDefaultsApplies() throws Exception {
    int checked =
        checkDefaults("openbaoclusters.openbao.org-v1.yml", OpenBaoClusterSpec.class)
            + checkDefaults("openbaorestores.openbao.org-v1.yml", OpenBaoRestoreSpec.class);
    assertThat(checked).isGreaterThanOrEqualTo(30);
  }

  private static int checkDefaults(String crd, Class<?> specType) throws Exception {
    List<CrdDefault> defaults = crdDefaults(specSchema(crd));
    for (CrdDefault crdDefault : defaults) {
      // A spec that holds only the parent objects of the defaulted field.
      Object spec = SpecDefaults.apply(JSON.convertValue(parents(crdDefault.path()), specType));
      Object applied = valueAt(JSON.convertValue(spec, Object.class), crdDefault.path());
      assertThat(normalise(applied))
          .as(crd + " spec." + String.join(".", crdDefault.path()))
          .isEqualTo(normalise(crdDefault.value()));
    }
    return defaults.size();
  }

  @Test
  void everyDefaultAnnotationIsInTheCrd() throws Exception {
    assertThat(annotatedPaths(OpenBaoClusterSpec.class))
        .isEqualTo(crdPaths("openbaoclusters.openbao.org-v1.yml"));
    assertThat(annotatedPaths(OpenBaoRestoreSpec.class))
        .isEqualTo(crdPaths("openbaorestores.openbao.org-v1.yml"));
  }

  @Test
  void defaultsOnlyFillObjectsThatExist() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setReplicas(5);
    spec.setStorage(new StorageSpec());
    SpecDefaults.apply(spec);
    assertThat(spec.getReplicas()).isEqualTo(5);
    assertThat(spec.getPaused()).isFalse();
    assertThat(spec.getTls()).isNull();
    assertThat(spec.getUnseal()).isNull();

    spec.setTls(new TlsSpec());
    SpecDefaults.apply(spec);
    assertThat(spec.getTls().getEnabled()).isTrue();
    assertThat(spec.getTls().getMode()).isEqualTo(TlsMode.OPERATOR_MANAGED);
    assertThat(spec.getTls().getRotationPeriod()).isNull();
  }

  private static Set<String> crdPaths(String crd) throws Exception {
    Set<String> paths = new TreeSet<>();
    crdDefaults(specSchema(crd)).forEach(d -> paths.add(String.join(".", d.path())));
    return paths;
  }

  private static Set<String> annotatedPaths(Class<?> type) {
    Set<String> paths = new TreeSet<>();
    annotated(type, "", paths);
    return paths;
  }

  private static void annotated(Class<?> type, String prefix, Set<String> out) {
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      com.fasterxml.jackson.annotation.JsonProperty property =
          field.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      String path = prefix + (property != null ? property.value() : field.getName());
      if (field.isAnnotationPresent(Default.class)) {
        out.add(path);
      }
      Class<?> child = field.getType();
      if (List.class.isAssignableFrom(child)) {
        child = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
        path = path + ".[]";
      }
      if (child.getPackage() == type.getPackage()
          && !child.isEnum()
          && child != UntypedObject.class) {
        annotated(child, path + ".", out);
      }
    }
  }

  private static Map<String, Object> parents(List<String> path) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> current = root;
    for (int i = 0; i < path.size() - 1; i++) {
      Map<String, Object> child = new LinkedHashMap<>();
      if (path.get(i + 1).equals("[]")) {
        current.put(path.get(i), new ArrayList<>(List.of(child)));
        i++;
      } else {
        current.put(path.get(i), child);
      }
      current = child;
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static Object valueAt(Object root, List<String> path) {
    Object value = root;
    for (String segment : path) {
      value =
          segment.equals("[]")
              ? ((List<Object>) value).get(0)
              : value == null ? null : ((Map<String, Object>) value).get(segment);
    }
    return value;
  }

  private static Object normalise(Object value) {
    return value instanceof Number number
        ? new BigDecimal(number.toString()).stripTrailingZeros()
        : value;
  }
}
