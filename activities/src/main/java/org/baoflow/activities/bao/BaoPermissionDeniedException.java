package org.baoflow.activities.bao;

import java.util.List;

/** 403 `permission denied`: the token is missing, invalid or lacks a capability. */
public final class BaoPermissionDeniedException extends BaoResponseException {

  private static final long serialVersionUID = 1L;

  BaoPermissionDeniedException(String request, int statusCode, List<String> errors) {
    super(request, statusCode, errors);
  }
}
