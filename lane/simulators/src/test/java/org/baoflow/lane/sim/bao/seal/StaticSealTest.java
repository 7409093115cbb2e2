package org.baoflow.lane.sim.bao.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaticSealTest {

  private static final byte[] SECRET =
      "top secret root key material....".getBytes(StandardCharsets.UTF_8);

  @Test
  void unwrapsWhatItWrapped() {
    StaticSeal seal = StaticSeal.of(new StaticKey("k1", AesGcm.newKey()));

    byte[] blob = seal.wrap(SECRET);

    assertThat(seal.unwrap(blob)).isEqualTo(SECRET);
    assertThat(SealedBlob.decode(blob).keyId()).isEqualTo("k1");
    assertThat(seal.identity()).isEqualTo(new SealIdentity("static", "k1"));
  }

  @Test
  void wrapsWithAFreshNonceEachTime() {
    StaticSeal seal = StaticSeal.of(new StaticKey("k1", AesGcm.newKey()));

    assertThat(seal.wrap(SECRET)).isNotEqualTo(seal.wrap(SECRET));
  }

  @Test
  void anotherSealWithTheSameIdAndBytesOpensTheBlob() {
    byte[] key = AesGcm.newKey();

    byte[] blob = StaticSeal.of(new StaticKey("k1", key)).wrap(SECRET);

    assertThat(StaticSeal.of(new StaticKey("k1", key)).unwrap(blob)).isEqualTo(SECRET);
  }

  @Test
  void anotherKeyIdIsAMismatch() {
    byte[] blob = StaticSeal.of(new StaticKey("k1", AesGcm.newKey())).wrap(SECRET);

    assertThatThrownBy(() -> StaticSeal.of(new StaticKey("k2", AesGcm.newKey())).unwrap(blob))
        .isInstanceOf(SealMismatchException.class)
        .hasMessageContaining("static key k1")
        .hasMessageContaining("static:k2");
  }

  @Test
  void sameIdWithOtherBytesIsAMismatch() {
    byte[] blob = StaticSeal.of(new StaticKey("k1", AesGcm.newKey())).wrap(SECRET);

    assertThatThrownBy(() -> StaticSeal.of(new StaticKey("k1", AesGcm.newKey())).unwrap(blob))
        .isInstanceOf(SealMismatchException.class)
        .hasMessageContaining("failed to decrypt");
  }

  @Test
  void tamperedBlobIsRejected() {
    StaticSeal seal = StaticSeal.of(new StaticKey("k1", AesGcm.newKey()));
    byte[] blob = seal.wrap(SECRET);
    blob[blob.length - 1] ^= 1;

    assertThatThrownBy(() -> seal.unwrap(blob)).isInstanceOf(SealMismatchException.class);
  }

  @Test
  void garbageIsNotABlob() {
    StaticSeal seal = StaticSeal.of(new StaticKey("k1", AesGcm.newKey()));

    assertThatThrownBy(() -> seal.unwrap("hello".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SealMismatchException.class);
  }

  @Test
  void previousKeyOpensBlobsWrappedBeforeTheRotation() {
    StaticKey old = new StaticKey("2025-1", AesGcm.newKey());
    StaticKey current = new StaticKey("2025-2", AesGcm.newKey());
    byte[] beforeRotation = StaticSeal.of(old).wrap(SECRET);

    StaticSeal rotated = new StaticSeal(current, Optional.of(old));

    assertThat(rotated.unwrap(beforeRotation)).isEqualTo(SECRET);
    assertThat(SealedBlob.decode(rotated.wrap(SECRET)).keyId()).isEqualTo("2025-2");
    assertThatThrownBy(() -> StaticSeal.of(old).unwrap(rotated.wrap(SECRET)))
        .isInstanceOf(SealMismatchException.class);
  }

  @Test
  void previousKeyMustHaveItsOwnId() {
    StaticKey key = new StaticKey("k1", AesGcm.newKey());

    assertThatThrownBy(() -> new StaticSeal(key, Optional.of(new StaticKey("k1", AesGcm.newKey()))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesHexBase64AndRawKeysToTheSameBytes() {
    byte[] raw = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    StaticKey fromRaw = StaticKey.parse("k", new String(raw, StandardCharsets.UTF_8));
    StaticKey fromHex = StaticKey.parse("k", HexFormat.of().formatHex(raw));
    StaticKey fromBase64 = StaticKey.parse("k", Base64.getEncoder().encodeToString(raw));

    assertThat(fromRaw.bytes()).isEqualTo(raw);
    assertThat(fromHex).isEqualTo(fromRaw);
    assertThat(fromBase64).isEqualTo(fromRaw);
  }

  @Test
  void rejectsKeysOfTheWrongLengthWithoutEchoingThem() {
    assertThatThrownBy(() -> StaticKey.parse("k", "too-short-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("static seal key k")
        .hasMessageNotContaining("too-short-secret");
  }

  @Test
  void toStringLeavesTheKeyOut() {
    byte[] key = AesGcm.newKey();
    String hex = HexFormat.of().formatHex(key);

    assertThat(new StaticKey("k1", key).toString())
        .isEqualTo("StaticKey[id=k1]")
        .doesNotContain(hex);
    assertThat(StaticSeal.of(new StaticKey("k1", key)).toString()).doesNotContain(hex);
  }
}
