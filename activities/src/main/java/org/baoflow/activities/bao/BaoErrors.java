package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.List;

/** Maps an error status and its {@code {"errors":[...]}} body to a typed exception. */
final class BaoErrors {

  static final String SEALED = "Vault is sealed";

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorBody(@JsonProperty("errors") List<String> errors) {}

  private BaoErrors() {}

  static BaoResponseException toException(String request, int status, byte[] body) {
    List<String> errors = messages(body);
    return switch (status) {
      case 400 -> new BaoBadRequestException(request, status, errors);
      case 403 -> new BaoPermissionDeniedException(request, status, errors);
      case 404 -> new BaoNotFoundException(request, status, errors);
      default ->
          status == 503 && errors.stream().anyMatch(message -> message.contains(SEALED))
              ? new BaoSealedException(request, status, errors)
              : new BaoServerException(request, status, errors);
    };
  }

  /** The {@code errors[]} strings; a body that is not the error shape yields none. */
  static List<String> messages(byte[] body) {
    if (body == null || body.length == 0) {
      return List.of();
    }
    try {
      ErrorBody parsed = BaoJson.MAPPER.readValue(body, ErrorBody.class);
      return parsed == null || parsed.errors() == null
          ? List.of()
          : parsed.errors().stream().filter(message -> message != null).toList();
    } catch (IOException e) {
      // A proxy or a crash may answer HTML; the status alone then has to speak.
      return List.of();
    }
  }
}
