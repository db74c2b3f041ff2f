/** Support for the full-stack tests: the test database, the deployment, fixtures, pages and the browser. */
package dev.bookspace.testing;
