package dev.bookspace.shared;

/** A constant of a fixed list that pages, the API and the database name by a stable code: {@code sofa_bed}. */
public interface Coded {

    String code();
}
