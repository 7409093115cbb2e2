package org.baoflow.activities.bao;

import java.util.Objects;

/**
 * An OpenBao token. Its value leaves this package only through {@link #reveal()}, and {@code
 * toString()} never shows it.
 */
public final class BaoToken implements BaoTokenHolder {

  private final String value;

  private BaoToken(String value) {
    this.value = value;
  }

  public static BaoToken of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a token must not be blank");
    }
    return new BaoToken(value);
  }

  /** The secret value, for storing it in a Kubernetes Secret; never log it. */
  public String reveal() {
    return value;
  }

  @Override
  public BaoToken token() {
    return this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BaoToken token && token.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "BaoToken[redacted]";
  }
}
