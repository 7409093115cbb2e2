package org.baoflow.activities.bao;

import java.util.List;

/** 400: the request was invalid or the handler refused it (`errors[]` says why). */
public final class BaoBadRequestException extends BaoResponseException {

  private static final long serialVersionUID = 1L;

  BaoBadRequestException(String request, int statusCode, List<String> errors) {
    super(request, statusCode, errors);
  }
}
