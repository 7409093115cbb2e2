package org.baoflow.activities.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.baoflow.workflows.backup.BackupManifest;

/**
 * A {@link BackupManifest} as JSON: the record's component names as field names, times as ISO-8601
 * UTC strings, the reason by its label. Unknown fields are ignored when reading, so a manifest a
 * newer BaoFlow wrote still reads; one missing a required field does not.
 */
final class ManifestCodec {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ManifestCodec() {}

  /** The manifest's JSON, UTF-8. */
  static byte[] write(BackupManifest manifest) {
    try {
      return JSON.writeValueAsBytes(manifest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a backup manifest did not serialize", e);
    }
  }

  /**
   * The manifest in {@code json}.
   *
   * @throws UnreadableManifestException when it is not a manifest: malformed, or missing a field
   *     retention needs
   */
  static BackupManifest read(byte[] json) {
    try {
      BackupManifest manifest = JSON.readValue(json, BackupManifest.class);
      if (manifest == null) {
        throw new UnreadableManifestException("the document is empty");
      }
      return manifest;
    } catch (JsonProcessingException e) {
      // The original message names the problem without the location, which quotes the document.
      throw new UnreadableManifestException(e.getOriginalMessage());
    } catch (IOException e) {
      throw new UnreadableManifestException(e.getClass().getSimpleName());
    }
  }

  /** A manifest that does not read. */
  static final class UnreadableManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableManifestException(String reason) {
      super(reason);
    }
  }
}
