package org.baoflow.lane.sim.bao.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.baoflow.lane.sim.bao.storage.StorageEntry;

/**
 * The protobuf wire format of OpenBao's {@code StorageEntry} ({@code key = 1} string, {@code value
 * = 2} bytes, {@code seal_wrap = 3} bool), each message prefixed with its uvarint length as in
 * {@code state.bin}. Encoded by hand: proto3 leaves default values out and readers skip unknown
 * fields.
 */
final class StorageEntryCodec {

  private static final int WIRE_VARINT = 0;
  private static final int WIRE_I64 = 1;
  private static final int WIRE_LEN = 2;
  private static final int WIRE_I32 = 5;

  private StorageEntryCodec() {}

  /** The message bytes, without the length prefix. */
  static byte[] encode(StorageEntry entry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] key = entry.key().getBytes(StandardCharsets.UTF_8);
    byte[] value = entry.value();
    if (key.length > 0) {
      writeTag(out, 1, WIRE_LEN);
      writeUvarint(out, key.length);
      out.writeBytes(key);
    }
    if (value.length > 0) {
      writeTag(out, 2, WIRE_LEN);
      writeUvarint(out, value.length);
      out.writeBytes(value);
    }
    if (entry.sealWrap()) {
      writeTag(out, 3, WIRE_VARINT);
      writeUvarint(out, 1);
    }
    return out.toByteArray();
  }

  /** Writes the length-prefixed message and returns the number of bytes written. */
  static int writeDelimited(OutputStream out, StorageEntry entry) throws IOException {
    byte[] message = encode(entry);
    ByteArrayOutputStream prefix = new ByteArrayOutputStream(5);
    writeUvarint(prefix, message.length);
    prefix.writeTo(out);
    out.write(message);
    return prefix.size() + message.length;
  }

  /** The size {@link #writeDelimited} will write, so a tar header can announce it up front. */
  static long delimitedSize(StorageEntry entry) {
    int length = encode(entry).length;
    return uvarintSize(length) + length;
  }

  /** Reads the next length-prefixed message, or returns null at a clean end of stream. */
  static StorageEntry readDelimited(InputStream in) throws IOException {
    int first = in.read();
    if (first < 0) {
      return null;
    }
    long length = readUvarint(in, first);
    if (length > Integer.MAX_VALUE - 8) {
      throw new InvalidSnapshotException("state.bin entry of " + length + " bytes is too large");
    }
    byte[] message = in.readNBytes((int) length);
    if (message.length != length) {
      throw new InvalidSnapshotException("state.bin ends inside an entry");
    }
    return decode(message);
  }

  static StorageEntry decode(byte[] message) throws IOException {
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(message);
    String key = "";
    byte[] value = new byte[0];
    boolean sealWrap = false;
    int first;
    while ((first = in.read()) >= 0) {
      long tag = readUvarint(in, first);
      int field = (int) (tag >>> 3);
      int wireType = (int) (tag & 7);
      switch (wireType) {
        case WIRE_VARINT -> {
          long number = readUvarint(in, read(in));
          if (field == 3) {
            sealWrap = number != 0;
          }
        }
        case WIRE_LEN -> {
          long length = readUvarint(in, read(in));
          byte[] bytes = in.readNBytes((int) Math.min(length, message.length));
          if (bytes.length != length) {
            throw new InvalidSnapshotException("truncated field " + field + " in state.bin");
          }
          if (field == 1) {
            key = new String(bytes, StandardCharsets.UTF_8);
          } else if (field == 2) {
            value = bytes;
          }
        }
        case WIRE_I64 -> skip(in, 8);
        case WIRE_I32 -> skip(in, 4);
        default ->
            throw new InvalidSnapshotException(
                "unsupported wire type " + wireType + " in state.bin");
      }
    }
    return new StorageEntry(key, value, sealWrap);
  }

  private static void writeTag(ByteArrayOutputStream out, int field, int wireType) {
    writeUvarint(out, ((long) field << 3) | wireType);
  }

  static void writeUvarint(ByteArrayOutputStream out, long value) {
    long rest = value;
    while ((rest & ~0x7FL) != 0) {
      out.write((int) ((rest & 0x7F) | 0x80));
      rest >>>= 7;
    }
    out.write((int) rest);
  }

  static int uvarintSize(long value) {
    int size = 1;
    long rest = value >>> 7;
    while (rest != 0) {
      size++;
      rest >>>= 7;
    }
    return size;
  }

  private static long readUvarint(InputStream in, int first) throws IOException {
    long result = 0;
    int shift = 0;
    int next = first;
    while (true) {
      if (shift > 63) {
        throw new InvalidSnapshotException("varint overflow in state.bin");
      }
      result |= (long) (next & 0x7F) << shift;
      if ((next & 0x80) == 0) {
        return result;
      }
      shift += 7;
      next = read(in);
    }
  }

  private static int read(InputStream in) throws IOException {
    int next = in.read();
    if (next < 0) {
      throw new EOFException("state.bin ends inside a varint");
    }
    return next;
  }

  private static void skip(InputStream in, int bytes) throws IOException {
    if (in.skip(bytes) != bytes) {
      throw new EOFException("state.bin ends inside a fixed-width field");
    }
  }
}
