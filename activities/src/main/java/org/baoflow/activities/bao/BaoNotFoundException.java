package org.baoflow.activities.bao;

import java.util.List;

/** 404: no such path or object. */
public final class BaoNotFoundException extends BaoResponseException {

  private static final long serialVersionUID = 1L;

  BaoNotFoundException(String request, int statusCode, List<String> errors) {
    super(request, statusCode, errors);
  }
}
