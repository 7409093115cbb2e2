package org.baoflow.api.validation;

import io.fabric8.generator.annotation.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.SecretRef;

/**
 * Checks the CRD cannot make (Java only):
 *
 * <ul>
 *   <li>a Secret reference's {@code namespace} is empty or the resource's own: rules under {@code
 *       spec} cannot see {@code metadata.namespace};
 *   <li>the backup schedule has five fields with values in range: a regex for that is unreadable
 *       and the cron dialect belongs in one parser;
 *   <li>durations parse and are positive: CEL's {@code duration()} is not Go's {@code
 *       time.ParseDuration} (CEL-Java parses only seconds forms);
 *   <li>the version is at least 2.4.0: semver comparison ({@code isSemver}) is a Kubernetes-only
 *       CEL library that CEL-Java lacks.
 * </ul>
 */
final class FormatRules {
  private static final java.util.regex.Pattern DURATION_SYNTAX =
      java.util.regex.Pattern.compile(GoDuration.PATTERN);
  private static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile("^([0-9]+)\\.([0-9]+)\\.([0-9]+)(-.+)?$");

  private FormatRules() {}

  static void check(Object spec, String namespace, List<Violation> out) {
    SpecWalker.walk(
        spec,
        "spec",
        (path, property, value) -> {
          if (value instanceof SecretRef ref
              && ref.getNamespace() != null
              && !ref.getNamespace().isEmpty()
              && !Objects.equals(ref.getNamespace(), namespace)) {
            out.add(
                new Violation(path + ".namespace", Messages.secretRefNamespace(path, namespace)));
          }
          Pattern pattern = property.field().getAnnotation(Pattern.class);
          if (pattern != null
              && pattern.value().equals(GoDuration.PATTERN)
              && value instanceof String text) {
            checkDuration(path, text, out);
          }
          if (value instanceof BackupSpec backup && backup.getSchedule() != null) {
            checkSchedule(path + ".schedule", backup.getSchedule(), out);
          }
        });
  }

  static void checkVersion(String version, List<Violation> out) {
    Matcher semver = version == null ? null : VERSION.matcher(version);
    if (semver == null || !semver.matches()) {
      return; // the schema pattern reports it
    }
    int[] parts = new int[3];
    for (int i = 0; i < 3; i++) {
      String digits = semver.group(i + 1);
      parts[i] = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
    int order = parts[0] != 2 ? parts[0] - 2 : parts[1] != 4 ? parts[1] - 4 : parts[2];
    // A pre-release of 2.4.0 comes before 2.4.0.
    if (order < 0 || (order == 0 && semver.group(4) != null)) {
      out.add(new Violation("spec.version", Messages.VERSION_TOO_OLD));
    }
  }

  private static void checkDuration(String path, String text, List<Violation> out) {
    if (!DURATION_SYNTAX.matcher(text).matches()) {
      return; // the schema pattern reports it
    }
    try {
      if (GoDuration.parse(text).isZero()) {
        out.add(new Violation(path, Messages.durationInvalid(path, "zero")));
      }
    } catch (IllegalArgumentException e) {
      out.add(new Violation(path, Messages.durationInvalid(path, e.getMessage())));
    }
  }

  private static void checkSchedule(String path, String schedule, List<Violation> out) {
    try {
      // Any fixed instant does: a schedule that fires at all fires within every horizon looked at.
      if (CronSchedule.parse(schedule).nextFireAfter(Instant.EPOCH).isEmpty()) {
        out.add(new Violation(path, Messages.cronInvalid(path, "it never fires")));
      }
    } catch (IllegalArgumentException e) {
      out.add(new Violation(path, Messages.cronInvalid(path, e.getMessage())));
    }
  }
}
