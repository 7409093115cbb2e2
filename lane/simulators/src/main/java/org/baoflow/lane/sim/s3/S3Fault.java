package org.baoflow.lane.sim.s3;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * An error the lane's S3 endpoint can answer instead of serving a request, with the status code, S3
 * error code and message real S3 sends for it. Both are retryable for the AWS SDK, as they are on
 * AWS.
 */
public enum S3Fault {
  /** {@code 503 SlowDown}: S3 throttling. */
  SLOW_DOWN(503, "SlowDown", "Please reduce your request rate."),
  /** {@code 500 InternalError}: a transient S3 failure. */
  INTERNAL_ERROR(500, "InternalError", "We encountered an internal error. Please try again.");

  private final int statusCode;
  private final String errorCode;
  private final String message;

  S3Fault(int statusCode, String errorCode, String message) {
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.message = message;
  }

  /** The HTTP status code of the error response. */
  public int statusCode() {
    return statusCode;
  }

  /** The S3 error code in the response body ({@code <Code>}). */
  public String errorCode() {
    return errorCode;
  }

  /**
   * The exception S3Proxy turns into this error response: its servlet answers an {@link
   * AwsServiceException} with the exception's status code, error code and message.
   */
  AwsServiceException toServiceException() {
    return AwsServiceException.builder()
        .statusCode(statusCode)
        .message(message)
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(errorCode)
                .errorMessage(message)
                .serviceName("S3")
                .build())
        .build();
  }
}
