/** The audit log's full-stack tests: what is recorded, by whom, and that nothing can change it. */
package dev.bookspace.audit;
