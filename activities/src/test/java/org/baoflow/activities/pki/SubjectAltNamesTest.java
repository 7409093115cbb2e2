package org.baoflow.activities.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectAltNamesTest {

  @Test
  void sameHostsWrittenDifferentlyAreEqual() {
    SubjectAltNames a =
        new SubjectAltNames(List.of("B.example.com", "a.example.com"), List.of("::1", "10.0.0.1"));
    SubjectAltNames b =
        new SubjectAltNames(
            List.of("a.example.com", "b.example.com", "a.example.com"),
            List.of("10.0.0.1", "0:0:0:0:0:0:0:1"));

    assertThat(a).isEqualTo(b);
    assertThat(a.dnsNames()).containsExactly("a.example.com", "b.example.com");
  }

  @Test
  void ipListAcceptsOnlyLiterals() {
    assertThatThrownBy(() -> new SubjectAltNames(List.of(), List.of("example.com")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wildcardCoversExactlyOneLeadingLabel() {
    SubjectAltNames presented =
        new SubjectAltNames(List.of("*.dev.default.svc"), List.of("127.0.0.1"));
    SubjectAltNames wanted =
        new SubjectAltNames(
            List.of(
                "dev-0.dev.default.svc",
                "a.b.dev.default.svc",
                "dev.default.svc",
                "*.dev.default.svc",
                "*.default.svc"),
            List.of("127.0.0.1", "10.0.0.1"));

    SubjectAltNames missing = wanted.notCoveredBy(presented);

    assertThat(missing.dnsNames())
        .containsExactly("*.default.svc", "a.b.dev.default.svc", "dev.default.svc");
    assertThat(missing.ipAddresses()).containsExactly("10.0.0.1");
    assertThat(wanted.notCoveredBy(wanted).isEmpty()).isTrue();
  }
}
