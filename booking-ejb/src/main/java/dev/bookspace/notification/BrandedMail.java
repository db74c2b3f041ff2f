package dev.bookspace.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of a guest's mail: the plain text, word for word, under a header with the organisation's
 * logo (or name) on its colour. The text keeps its lines and indents (pre-wrap), and its addresses become
 * links. Inline styles and a table, because mail readers ignore style sheets and most of CSS layout.
 */
final class BrandedMail {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private BrandedMail() {
    }

    static String html(String text, MailBrand brand) {
        String header = brand.logoUrl() == null
                ? "<span style=\"font-size:20px;font-weight:bold\">" + escape(brand.name()) + "</span>"
                : "<img src=\"" + escape(brand.logoUrl()) + "\" alt=\"" + escape(brand.name())
                        + "\" height=\"48\" style=\"display:block;height:48px;width:auto;border:0\">";
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="margin:0;padding:0;background:#f4f5f7">
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center" style="padding:16px 8px">
                <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%%;background:#ffffff;border-radius:6px">
                <tr><td style="%s;padding:16px 24px;border-radius:6px 6px 0 0;font-family:Arial,Helvetica,sans-serif">%s</td></tr>
                <tr><td style="padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;white-space:pre-wrap">%s</td></tr>
                </table></td></tr></table>
                </body></html>
                """.formatted(brand.headerStyle(), header, linked(text));
    }

    /** The text escaped, with each address made a link to itself. */
    private static String linked(String text) {
        StringBuilder html = new StringBuilder();
        Matcher url = URL.matcher(text);
        int from = 0;
        while (url.find()) {
            String address = url.group().replaceAll("[.,;:)]+$", "");
            html.append(escape(text.substring(from, url.start())))
                    .append("<a href=\"").append(escape(address)).append("\" style=\"color:#0b6e4f\">").append(escape(address)).append("</a>");
            from = url.start() + address.length();
        }
        return html.append(escape(text.substring(from))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
