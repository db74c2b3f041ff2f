/**
 * Tenancy: the {@link dev.bookspace.tenancy.Scope} every tenant-facing service takes first, and the
 * interceptor that binds it to EclipseLink's tenant filter for the transaction (DESIGN.md section 2).
 */
package dev.bookspace.tenancy;
