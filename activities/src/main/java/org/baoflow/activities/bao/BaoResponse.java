package org.baoflow.activities.bao;

/**
 * A buffered answer: status and body bytes (JSON bodies are small; snapshots stream instead).
 *
 * @param status HTTP status code
 * @param body the body, empty for 204
 */
record BaoResponse(int status, byte[] body) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
