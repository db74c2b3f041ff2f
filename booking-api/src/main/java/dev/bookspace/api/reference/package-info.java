/** The API's reference page, for people: the OpenAPI document rendered in a browser. */
package dev.bookspace.api.reference;
