package org.baoflow.lane.sim.bao.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransitSealTest {

  private static final byte[] SECRET = "root key".getBytes(StandardCharsets.UTF_8);
  private static final TransitKeyName KEY =
      new TransitKeyName("https://infra-bao:8200", "transit/", "autounseal");

  private final TransitKeyRing ring = new TransitKeyRing();

  private TransitSeal seal(TransitKeyName key) {
    ring.createKey(key);
    return new TransitSeal(ring, key, ring.issueToken(key));
  }

  @Test
  void aSealOfAnotherClusterWithItsOwnTokenOpensTheBlob() {
    byte[] blob = seal(KEY).wrap(SECRET);

    TransitSeal otherCluster =
        seal(new TransitKeyName("https://infra-bao:8200", "/transit", "autounseal"));

    assertThat(otherCluster.unwrap(blob)).isEqualTo(SECRET);
    assertThat(otherCluster.identity()).isEqualTo(seal(KEY).identity());
  }

  @Test
  void theBlobKeepsTransitsVersionedCiphertext() {
    SealedBlob blob = SealedBlob.decode(seal(KEY).wrap(SECRET));

    assertThat(blob.keyId()).isEqualTo("https://infra-bao:8200/transit/autounseal");
    assertThat(new String(blob.ciphertext(), StandardCharsets.US_ASCII)).startsWith("vault:v1:");
  }

  @Test
  void rotationEncryptsWithTheNewVersionAndStillDecryptsTheOld() {
    TransitSeal seal = seal(KEY);
    byte[] before = seal.wrap(SECRET);

    assertThat(ring.rotate(KEY)).isEqualTo(2);
    byte[] after = seal.wrap(SECRET);

    assertThat(new String(SealedBlob.decode(after).ciphertext(), StandardCharsets.US_ASCII))
        .startsWith("vault:v2:");
    assertThat(seal.unwrap(before)).isEqualTo(SECRET);
    assertThat(seal.unwrap(after)).isEqualTo(SECRET);
  }

  @Test
  void anotherKeyNameIsAMismatch() {
    byte[] blob = seal(KEY).wrap(SECRET);

    TransitSeal other = seal(new TransitKeyName("https://infra-bao:8200", "transit", "other"));

    assertThatThrownBy(() -> other.unwrap(blob))
        .isInstanceOf(SealMismatchException.class)
        .hasMessageContaining("transit/autounseal");
  }

  @Test
  void aKeyOfTheSameNameOnAnotherRingIsAMismatch() {
    byte[] blob = seal(KEY).wrap(SECRET);

    TransitKeyRing otherInfra = new TransitKeyRing();
    otherInfra.createKey(KEY);
    TransitSeal other = new TransitSeal(otherInfra, KEY, otherInfra.issueToken(KEY));

    assertThatThrownBy(() -> other.unwrap(blob))
        .isInstanceOf(SealMismatchException.class)
        .hasMessageContaining("failed to decrypt");
  }

  @Test
  void aTokenNotIssuedForTheKeyIsDenied() {
    ring.createKey(KEY);
    TransitSeal intruder = new TransitSeal(ring, KEY, "s.guessed");

    assertThatThrownBy(() -> intruder.wrap(SECRET))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("permission denied");
  }
}
