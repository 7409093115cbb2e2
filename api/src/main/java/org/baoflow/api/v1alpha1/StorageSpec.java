package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import org.baoflow.api.validation.Messages;

/** Persistent storage of each OpenBao node (raft data). */
@ValidationRule(
    value =
        "(has(self.storageClassName) ? self.storageClassName : '')"
            + " == (has(oldSelf.storageClassName) ? oldSelf.storageClassName : '')",
    message = Messages.STORAGE_CLASS_IMMUTABLE,
    fieldPath = ".storageClassName")
// Without Kubernetes' quantity() (CEL-Java lacks it), both sizes become bytes through one map over
// a two-element list; the outer all() only names that list, as CEL has no let.
@ValidationRule(
    value =
        "[[self.size, oldSelf.size].map(q, "
            + StorageSpec.QUANTITY_BYTES
            + ")].all(b, b[0] >= b[1])",
    message = Messages.STORAGE_SIZE_SHRINK,
    fieldPath = ".size")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class StorageSpec {
  /** CEL: the number of bytes of the quantity {@code q}, as a double. */
  static final String QUANTITY_BYTES =
      "q.endsWith('Ki') ? double(q.substring(0, size(q) - 2)) * 1024.0"
          + " : q.endsWith('Mi') ? double(q.substring(0, size(q) - 2)) * 1048576.0"
          + " : q.endsWith('Gi') ? double(q.substring(0, size(q) - 2)) * 1073741824.0"
          + " : q.endsWith('Ti') ? double(q.substring(0, size(q) - 2)) * 1099511627776.0"
          + " : q.endsWith('Pi') ? double(q.substring(0, size(q) - 2)) * 1125899906842624.0"
          + " : q.endsWith('Ei') ? double(q.substring(0, size(q) - 2)) * 1152921504606846976.0"
          + " : q.endsWith('k') ? double(q.substring(0, size(q) - 1)) * 1000.0"
          + " : q.endsWith('M') ? double(q.substring(0, size(q) - 1)) * 1000000.0"
          + " : q.endsWith('G') ? double(q.substring(0, size(q) - 1)) * 1000000000.0"
          + " : q.endsWith('T') ? double(q.substring(0, size(q) - 1)) * 1000000000000.0"
          + " : q.endsWith('P') ? double(q.substring(0, size(q) - 1)) * 1000000000000000.0"
          + " : q.endsWith('E') ? double(q.substring(0, size(q) - 1)) * 1000000000000000000.0"
          + " : double(q)";

  @JsonPropertyDescription(
      "Size of each node's data volume, a Kubernetes quantity such as `10Gi`; it can grow, never shrink.")
  @Required
  @Pattern("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$")
  @Size(max = 32)
  private String size;

  @JsonPropertyDescription(
      "StorageClass of the data volumes; the cluster default when empty. Immutable.")
  @Size(max = 253)
  private String storageClassName;

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }

  public String getStorageClassName() {
    return storageClassName;
  }

  public void setStorageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
  }
}
