/**
 * How integrators reach Bookspace: the organisation's API keys, created and revoked by its owners,
 * and turned back into the organisation's scope when a request presents one.
 */
package dev.bookspace.integration;
