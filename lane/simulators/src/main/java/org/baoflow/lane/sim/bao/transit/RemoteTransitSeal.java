package org.baoflow.lane.sim.bao.transit;

import java.nio.charset.StandardCharsets;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealIdentity;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.seal.SealedBlob;
import org.baoflow.lane.sim.bao.seal.TransitKeyName;

/**
 * {@code seal "transit"} over HTTPS: the blob is a {@link SealedBlob} naming the server address,
 * mount and key and keeping Transit's {@code vault:v<N>:} ciphertext; any seal configured with the
 * same server, mount and key opens it, whatever its token.
 */
final class RemoteTransitSeal implements Seal {

  private final TransitKeyName key;
  private final TransitClient client;

  RemoteTransitSeal(TransitKeyName key, TransitClient client) {
    this.key = key;
    this.client = client;
  }

  @Override
  public SealIdentity identity() {
    return new SealIdentity("transit", key.toString());
  }

  /**
   * @throws java.io.UncheckedIOException when the server is unreachable or refuses the token
   */
  @Override
  public byte[] wrap(byte[] plaintext) {
    String ciphertext = client.encrypt(plaintext);
    return new SealedBlob(key.toString(), ciphertext.getBytes(StandardCharsets.US_ASCII)).encode();
  }

  /**
   * @throws SealMismatchException when the blob names another key or the server cannot decrypt it
   * @throws java.io.UncheckedIOException when the server is unreachable or refuses the token: the
   *     node stays sealed and tries again
   */
  @Override
  public byte[] unwrap(byte[] blob) {
    SealedBlob sealed = SealedBlob.decode(blob);
    if (!sealed.keyId().equals(key.toString())) {
      throw new SealMismatchException(
          "blob was wrapped by transit key " + sealed.keyId() + ", not by " + key);
    }
    return client.decrypt(new String(sealed.ciphertext(), StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "RemoteTransitSeal[" + identity() + "]";
  }
}
