package org.baoflow.activities.bao;

import java.util.List;

/** 503 `Vault is sealed`: the node must be unsealed before it serves this call. */
public final class BaoSealedException extends BaoResponseException {

  private static final long serialVersionUID = 1L;

  BaoSealedException(String request, int statusCode, List<String> errors) {
    super(request, statusCode, errors);
  }
}
