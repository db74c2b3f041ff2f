/** The run command ({@code ./mvnw -Prun}): the application on an embedded database with a demo organisation. */
package dev.bookspace.devserver;
