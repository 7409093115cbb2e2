package org.baoflow.activities.bao;

/**
 * What {@code sys/health} answered: the status code carries the node state (not an error) and the
 * body its details.
 *
 * @param statusCode the HTTP status, as chosen by the query's codes
 * @param body the health body; null when the chosen code is 204, which carries none
 */
public record HealthResult(int statusCode, HealthResponse body) {}
