/** Value objects, domain exceptions and infrastructure that every feature shares. */
package dev.bookspace.shared;
