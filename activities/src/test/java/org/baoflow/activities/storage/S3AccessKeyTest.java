package org.baoflow.activities.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key pair never shows its secret parts. */
class S3AccessKeyTest {

  @Test
  void toStringNamesTheKeyIdAndHidesTheSecretAndTheSessionToken() {
    S3AccessKey temporary = new S3AccessKey("AKIDEXAMPLE", "secret-value", "session-value");
    S3AccessKey longTerm = new S3AccessKey("AKIDEXAMPLE", "secret-value", "");

    assertThat(temporary.toString())
        .contains("AKIDEXAMPLE")
        .doesNotContain("secret-value")
        .doesNotContain("session-value");
    assertThat(temporary.session()).contains("session-value");
    assertThat(longTerm.session()).isEmpty();
    assertThat(longTerm.toString()).contains("sessionToken=none");
  }
}
