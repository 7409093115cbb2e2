package org.baoflow.activities.pki;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.bouncycastle.util.IPAddress;

/** Recognises IPv4/IPv6 literals and writes them in one canonical form, without DNS look-ups. */
final class IpLiterals {

  private IpLiterals() {}

  static boolean isLiteral(String text) {
    return IPAddress.isValidIPv4(text) || IPAddress.isValidIPv6(text);
  }

  /**
   * The JDK's rendering of the address, so {@code ::1} and {@code 0:0:0:0:0:0:0:1} compare equal
   * with what {@code X509Certificate.getSubjectAlternativeNames()} reports.
   */
  static String canonical(String literal) {
    if (!isLiteral(literal)) {
      throw new IllegalArgumentException("not an IP address literal: " + literal);
    }
    try {
      // Only validated literals reach getByName, so it parses and never resolves.
      return InetAddress.getByName(literal).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address literal: " + literal, e);
    }
  }
}
