/**
 * Running Bookspace: health checks, meters and the log context of a request, for the operators who
 * watch it (README, "Operations: health, metrics, logs"). Nothing here decides anything for a guest.
 */
package dev.bookspace.operations;
