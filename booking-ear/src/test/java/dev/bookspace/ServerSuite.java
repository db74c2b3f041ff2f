package dev.bookspace;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The full-stack tests over HTTP, the API and inside the server: every full-stack class that
 * {@link BrowserSuite} does not take, run in a JVM of their own beside it.
 */
@Suite
@SelectPackages("dev.bookspace")
@IncludeClassNamePatterns(".*IT")
@ExcludeClassNamePatterns(".*BrowserIT")
public class ServerSuite {
}
