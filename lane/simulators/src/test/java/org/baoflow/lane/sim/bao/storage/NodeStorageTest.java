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

    storage.unseal(seal).write("logical/x", VALUE);

    assertThat(storage.get("logical/x").orElseThrow().value()).isNotEqualTo(VALUE);
    assertThat(storage.unseal(seal).read("logical/x")).hasValue(VALUE);
    assertThat(storage.unseal(seal).read("logical/missing")).isEmpty();
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
