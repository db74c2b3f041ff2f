package dev.bookspace.web.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV download (RFC 4180) of the dashboard's, whose text may come from guests and integrations: every
 * field quoted, and every line of a field that a spreadsheet would run as a formula (one starting with
 * =, +, -, @, a tab or a carriage return) defused with a leading apostrophe, so a value with a line
 * break in it cannot smuggle a formula onto a line of its own.
 */
public final class CsvDownload {

    /** The start of a line whose first character makes a spreadsheet evaluate it. */
    private static final Pattern FORMULA_LINE = Pattern.compile("(?m)^([=+\\-@\t\r])");

    private final PrintWriter out;

    private CsvDownload(PrintWriter out) {
        this.out = out;
    }

    /** Starts the answer as an attachment named {@code fileName}, with its header row (our own names, unquoted). */
    public static CsvDownload start(HttpServletResponse response, String fileName, List<String> header) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        CsvDownload csv = new CsvDownload(response.getWriter());
        csv.out.print(String.join(",", header) + "\r\n");
        return csv;
    }

    public void row(List<String> fields) {
        out.print(fields.stream().map(CsvDownload::field).collect(Collectors.joining(",")) + "\r\n");
    }

    static String field(String value) {
        String defused = FORMULA_LINE.matcher(value == null ? "" : value).replaceAll("'$1");
        return "\"" + defused.replace("\"", "\"\"") + "\"";
    }
}
