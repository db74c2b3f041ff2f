/** Checks that keep docker/ true to what the build makes, since no Docker engine runs it here. */
package dev.bookspace.docker;
