package org.baoflow.lane.sim.bao.http;

/** Answers one API path; a refusal is thrown as a {@link org.baoflow.lane.sim.bao.BaoException}. */
@FunctionalInterface
interface Endpoint {
  void handle(BaoExchange exchange);
}
