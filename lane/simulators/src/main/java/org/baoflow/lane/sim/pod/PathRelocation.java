package org.baoflow.lane.sim.pod;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Moves the container paths in a text onto the host: every occurrence of a mount path, at a path
 * boundary, becomes the host directory behind it. The lane has no chroot, so this is how a script
 * written for the container finds its files, whatever the script is.
 */
final class PathRelocation {
  private final MountTable mounts;
  private final Pattern pattern;

  PathRelocation(MountTable mounts) {
    this.mounts = mounts;
    List<String> paths =
        mounts.mounts().stream()
            .map(Mount::containerPath)
            .filter(p -> !"/".equals(p))
            // Longest first: /etc/bao/tls must win over /etc/bao where both are mounted.
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.toList());
    this.pattern =
        paths.isEmpty()
            ? null
            // Not inside a longer path on either side (/usr/tmp, /tmpfiles), but after a URL's
            // scheme (file:///etc/...).
            : Pattern.compile(
                "(?:(?<![\\w.\\-/])|(?<=://))(" + String.join("|", paths) + ")(?![\\w.\\-])");
  }

  /** The text with every mount path replaced by its host directory, in one pass. */
  String relocate(String text) {
    if (pattern == null) {
      return text;
    }
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String host = mounts.exactly(matcher.group(1)).hostPath().toString();
      matcher.appendReplacement(out, Matcher.quoteReplacement(host));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
