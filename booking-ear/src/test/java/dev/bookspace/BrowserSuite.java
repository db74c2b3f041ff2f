package dev.bookspace;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The full-stack tests that drive Chromium: one of the two halves failsafe runs at once, each in its
 * own JVM with its own server (booking-ear/pom.xml). {@link ServerSuite} takes every other class, so
 * a new test class lands in one of them by its name alone.
 */
@Suite
@SelectPackages("dev.bookspace")
@IncludeClassNamePatterns(".*BrowserIT")
public class BrowserSuite {
}
