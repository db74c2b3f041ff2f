/** What every resource shares: JSON conventions, organisation scopes, and problem+json errors. */
package dev.bookspace.api.shared;
