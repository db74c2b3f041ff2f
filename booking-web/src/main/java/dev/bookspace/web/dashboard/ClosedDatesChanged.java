package dev.bookspace.web.dashboard;

/** Staff closed or reopened a room's dates on this page: what shows occupancy reloads. */
public record ClosedDatesChanged(long roomId) {
}
