package org.baoflow.lane.sim.bao.seal;

/**
 * Names a seal without its secret: its type ({@code static}, {@code transit}) and the key it
 * currently wraps with ({@code current_key_id}, or the transit server, mount and key name).
 */
public record SealIdentity(String type, String key) {

  @Override
  public String toString() {
    return type + ":" + key;
  }
}
