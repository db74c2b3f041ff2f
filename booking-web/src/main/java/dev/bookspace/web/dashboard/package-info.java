/** The staff dashboard under {@code /dashboard}: its request pipeline and its pages. */
package dev.bookspace.web.dashboard;
