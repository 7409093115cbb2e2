package org.baoflow.lane.sim.bao.seal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lane's stand-in for go-kms-wrapping's {@code BlobInfo}: the id of the key that wrapped the
 * data and the ciphertext. Encoded as a simple binary envelope, not protobuf: the magic {@code
 * BSB1}, the key id as a length-prefixed UTF-8 string and the ciphertext as a length-prefixed byte
 * string. Only the lane's own seals read it.
 */
public record SealedBlob(String keyId, byte[] ciphertext) {

  private static final int MAGIC = 0x42534231; // "BSB1"

  public SealedBlob {
    ciphertext = ciphertext.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  /** The envelope's bytes. */
  public byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
      out.writeInt(id.length);
      out.write(id);
      out.writeInt(ciphertext.length);
      out.write(ciphertext);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Parses an envelope.
   *
   * @throws SealMismatchException if the bytes are not an envelope
   */
  public static SealedBlob decode(byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(encoded))) {
      if (in.readInt() != MAGIC) {
        throw new SealMismatchException("not a sealed blob");
      }
      String keyId = new String(readBytes(in, encoded.length), StandardCharsets.UTF_8);
      byte[] ciphertext = readBytes(in, encoded.length);
      if (in.available() != 0) {
        throw new SealMismatchException("trailing bytes after a sealed blob");
      }
      return new SealedBlob(keyId, ciphertext);
    } catch (IOException e) {
      throw new SealMismatchException("truncated sealed blob", e);
    }
  }

  private static byte[] readBytes(DataInputStream in, int limit) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > limit) {
      throw new SealMismatchException("corrupt sealed blob");
    }
    return in.readNBytes(length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealedBlob blob
        && keyId.equals(blob.keyId)
        && Arrays.equals(ciphertext, blob.ciphertext);
  }

  @Override
  public int hashCode() {
    return 31 * keyId.hashCode() + Arrays.hashCode(ciphertext);
  }

  @Override
  public String toString() {
    return "SealedBlob[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
  }
}
