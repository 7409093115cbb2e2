package org.baoflow.activities.pki;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * A normalised subjectAltName set: DNS names lower-cased, IP addresses canonical, both sorted and
 * free of duplicates, so two sets naming the same hosts are {@code equals}.
 *
 * @param dnsNames DNS names, possibly with a leading {@code *.} wildcard label
 * @param ipAddresses IPv4 or IPv6 literals
 */
public record SubjectAltNames(List<String> dnsNames, List<String> ipAddresses) {

  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;

  public SubjectAltNames {
    TreeSet<String> dns = new TreeSet<>();
    for (String name : dnsNames) {
      dns.add(name.trim().toLowerCase(Locale.ROOT));
    }
    TreeSet<String> ips = new TreeSet<>();
    for (String address : ipAddresses) {
      ips.add(IpLiterals.canonical(address.trim()));
    }
    dnsNames = List.copyOf(dns);
    ipAddresses = List.copyOf(ips);
  }

  /** The DNS and IP entries of a certificate's subjectAltName extension (other kinds ignored). */
  public static SubjectAltNames of(X509Certificate certificate) {
    Collection<List<?>> entries;
    try {
      entries = certificate.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      throw new IllegalArgumentException("the certificate's subjectAltName cannot be read", e);
    }
    List<String> dns = new ArrayList<>();
    List<String> ips = new ArrayList<>();
    if (entries != null) {
      for (List<?> entry : entries) {
        Object type = entry.get(0);
        if (type.equals(DNS_NAME)) {
          dns.add((String) entry.get(1));
        } else if (type.equals(IP_ADDRESS)) {
          ips.add((String) entry.get(1));
        }
      }
    }
    return new SubjectAltNames(dns, ips);
  }

  /**
   * The names in this set that a certificate presenting {@code presented} would fail to verify for.
   * A wildcard {@code *.x} covers exactly one extra leading label, as TLS clients match it.
   */
  public SubjectAltNames notCoveredBy(SubjectAltNames presented) {
    List<String> dns = new ArrayList<>();
    for (String name : dnsNames) {
      if (!presented.dnsNames.contains(name) && !coveredByWildcard(name, presented.dnsNames)) {
        dns.add(name);
      }
    }
    List<String> ips = new ArrayList<>(ipAddresses);
    ips.removeAll(presented.ipAddresses);
    return new SubjectAltNames(dns, ips);
  }

  public boolean isEmpty() {
    return dnsNames.isEmpty() && ipAddresses.isEmpty();
  }

  /** All names, DNS first, for messages. */
  public List<String> all() {
    List<String> all = new ArrayList<>(dnsNames);
    all.addAll(ipAddresses);
    return all;
  }

  GeneralNames toGeneralNames() {
    List<GeneralName> names = new ArrayList<>();
    dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
    ipAddresses.forEach(address -> names.add(new GeneralName(GeneralName.iPAddress, address)));
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  private static boolean coveredByWildcard(String name, List<String> presented) {
    int firstDot = name.indexOf('.');
    if (firstDot <= 0 || name.startsWith("*.")) {
      return false;
    }
    return presented.contains("*" + name.substring(firstDot));
  }
}
