package org.baoflow.lane.sim.hcl;

/**
 * {@code key = value}. The value is a {@link String}, {@link java.math.BigDecimal}, {@link
 * Boolean}, {@link java.util.List} of values or {@link HclBody} (an object).
 */
public record HclAttribute(String key, Object value, HclPosition position) implements HclItem {}
