package dev.bookspace.web.catalog;

import dev.bookspace.catalog.PhotoImage;
import dev.bookspace.catalog.RoomPhotoService;
import dev.bookspace.organisation.LogoService;
import dev.bookspace.organisation.OrganisationDirectory;
import dev.bookspace.organisation.OrganisationIdentifier;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /photos/{organisation}/{key}-{size}.jpg} (or {@code .png}): one size of a room photo, or with the
 * size {@code logo} the organisation's logo, for any browser (and mail reader), without a session. The key is random and the image under it never changes (a new upload
 * gets a new key), so the answer may be cached for a year as immutable; its ETag still lets a browser
 * that revalidates get a 304. The photo is looked up within the organisation the address names: another
 * organisation's key, a wrong size or extension, all answer 404 like any missing page.
 */
@WebServlet("/photos/*")
public class RoomPhotoServlet extends HttpServlet {

    private static final Pattern PHOTO = Pattern.compile(
            "^/(" + OrganisationIdentifier.FORMAT + ")/([0-9a-f]{32})-([a-z]{1,10})\\.(jpg|png)$");

    @EJB
    private OrganisationDirectory directory;

    @EJB
    private RoomPhotoService photos;

    @EJB
    private LogoService logos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PHOTO.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<PhotoImage> image = Optional.empty();
        if (path.matches()) {
            String key = path.group(2);
            String size = path.group(3);
            String extension = path.group(4);
            image = directory.findByIdentifier(path.group(1))
                    .flatMap(organisation -> "logo".equals(size) ? logos.image(organisation.guestScope(), key)
                            : photos.image(organisation.guestScope(), key, size))
                    .filter(found -> extension.equals("image/png".equals(found.mediaType()) ? "png" : "jpg"));
        }
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no photo at this address.");
            return;
        }
        String etag = "\"" + path.group(2) + "-" + path.group(3) + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = image.get().bytes();
        response.setContentType(image.get().mediaType());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** If-None-Match holds one tag, a list of them, or *. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String plain = tag.strip().replaceFirst("^W/", "");
            if (plain.equals(etag) || plain.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
