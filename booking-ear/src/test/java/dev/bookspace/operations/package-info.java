/** Operations as an operator meets them: health checks, the metrics endpoint and the request log lines. */
package dev.bookspace.operations;
