package org.baoflow.activities.bao;

/**
 * Supplies the token for each authenticated call, so a renewed or re-issued token is picked up
 * without rebuilding clients. A {@link BaoToken} is its own holder.
 */
@FunctionalInterface
public interface BaoTokenHolder {

  BaoToken token();
}
