package org.baoflow.lane.sim.bao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.junit.jupiter.api.Test;

class NodeStorageTest {

  private static final byte[] VALUE = "value".getBytes(StandardCharsets.UTF_8);

  private final StaticKey key = new StaticKey("k1", AesGcm.newKey());
  private final StaticSeal seal = StaticSeal.of(key);

  @Test
  void initializeWrapsTheRootKeyWithTheSeal() {
    NodeStorage storage = NodeStorage.initialize(seal);

    assertThat(storage.entries())
        .extracting(StorageEntry::key)
        .containsExactly(NodeStorage.ROOT_KEY_PATH, NodeStorage.KEYRING_PATH);
    assertThat(seal.unwrap(storage.get(NodeStorage.ROOT_KEY_PATH).orElseThrow().value()))
        .hasSize(32);
  }

  @Test
  void barrierValuesAreStoredEncrypted() {
    NodeStorage storage = NodeStorage.initialize(seal);

    storage.unseal(seal).put("logical/x", VALUE);

    assertThat(storage.get("logical/x").orElseThrow().value()).isNotEqualTo(VALUE);
    assertThat(storage.unseal(seal).get("logical/x")).hasValue(VALUE);
    assertThat(storage.unseal(seal).get("logical/missing")).isEmpty();
  }

  @Test
  void theBarrierListsNamesOneLevelDownAndDeletes() {
    Barrier barrier = NodeStorage.initialize(seal).unseal(seal);
    barrier.put("logical/kv/b", VALUE);
    barrier.put("logical/kv/a/x", VALUE);
    barrier.put("logical/kv/a/y", VALUE);
    barrier.put("logical/kvx", VALUE);

    assertThat(barrier.list("logical/kv/")).containsExactly("a/", "b");
    assertThat(barrier.under("logical/").list("")).containsExactly("kv/", "kvx");

    barrier.delete("logical/kv/b");
    barrier.delete("logical/kv/never");

    assertThat(barrier.get("logical/kv/b")).isEmpty();
    assertThat(barrier.list("logical/kv/")).containsExactly("a/");
  }

  @Test
  void onlyASealHoldingTheWrappingKeyCanUnseal() {
    NodeStorage storage = NodeStorage.initialize(seal);

    assertThat(storage.canBeUnsealedBy(seal)).isTrue();
    assertThat(storage.canBeUnsealedBy(StaticSeal.of(new StaticKey("k1", key.bytes())))).isTrue();
    assertThat(
            storage.canBeUnsealedBy(
                new StaticSeal(new StaticKey("k2", AesGcm.newKey()), Optional.of(key))))
        .isTrue();
    assertThat(storage.canBeUnsealedBy(StaticSeal.of(new StaticKey("k2", AesGcm.newKey()))))
        .isFalse();
    assertThat(storage.canBeUnsealedBy(StaticSeal.of(new StaticKey("k1", AesGcm.newKey()))))
        .isFalse();
  }

  @Test
  void storageWithoutARootKeyCannotUnseal() {
    NodeStorage empty = NodeStorage.of(java.util.List.of());

    assertThat(empty.canBeUnsealedBy(seal)).isFalse();
    assertThatThrownBy(() -> empty.unseal(seal))
        .isInstanceOf(SealMismatchException.class)
        .hasMessage("no root key in storage");
  }
}
