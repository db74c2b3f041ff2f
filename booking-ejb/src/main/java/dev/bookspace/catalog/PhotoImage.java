package dev.bookspace.catalog;

/** The bytes of one size of a photo, to serve, with their media type. */
public record PhotoImage(String mediaType, byte[] bytes) {
}
