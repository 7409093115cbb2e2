package org.baoflow.api.validation;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.OpenBaoRestoreSpec;
import org.baoflow.api.v1alpha1.StorageSpec;

/** What an update may not change (the CEL rules with {@code oldSelf}); both specs defaulted. */
final class TransitionRules {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private TransitionRules() {}

  static void check(OpenBaoClusterSpec old, OpenBaoClusterSpec updated, List<Violation> out) {
    if (old.getProfile() != updated.getProfile()) {
      out.add(new Violation("spec.profile", Messages.PROFILE_IMMUTABLE));
    }
    if (SealRules.typeOf(old.getUnseal()) != SealRules.typeOf(updated.getUnseal())) {
      out.add(new Violation("spec.unseal.type", Messages.SEAL_TYPE_IMMUTABLE));
    }
    StorageSpec oldStorage = old.getStorage();
    StorageSpec newStorage = updated.getStorage();
    if (oldStorage == null || newStorage == null) {
      return;
    }
    if (!Objects.equals(
        Objects.requireNonNullElse(oldStorage.getStorageClassName(), ""),
        Objects.requireNonNullElse(newStorage.getStorageClassName(), ""))) {
      out.add(new Violation("spec.storage.storageClassName", Messages.STORAGE_CLASS_IMMUTABLE));
    }
    BigDecimal oldBytes = bytes(oldStorage.getSize());
    BigDecimal newBytes = bytes(newStorage.getSize());
    if (oldBytes != null && newBytes != null && newBytes.compareTo(oldBytes) < 0) {
      out.add(new Violation("spec.storage.size", Messages.STORAGE_SIZE_SHRINK));
    }
  }

  static void check(OpenBaoRestoreSpec old, OpenBaoRestoreSpec updated, List<Violation> out) {
    // Compared as JSON values, like CEL's self == oldSelf on the stored objects.
    if (!JSON.convertValue(old, Map.class).equals(JSON.convertValue(updated, Map.class))) {
      out.add(new Violation("spec", Messages.RESTORE_SPEC_IMMUTABLE));
    }
  }

  private static BigDecimal bytes(String size) {
    return size == null ? null : StorageQuantity.bytes(size);
  }
}
