/** The catalogue on the web: room photos served to guests' browsers. */
package dev.bookspace.web.catalog;
