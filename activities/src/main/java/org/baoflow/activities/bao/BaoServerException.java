package org.baoflow.activities.bao;

import java.util.List;

/** Any other error status: 5xx (but a sealed node), 405, 429, an unfollowable 307. */
public final class BaoServerException extends BaoResponseException {

  private static final long serialVersionUID = 1L;

  BaoServerException(String request, int statusCode, List<String> errors) {
    super(request, statusCode, errors);
  }
}
