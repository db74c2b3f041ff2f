package dev.bookspace.web.shared;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every script's and stylesheet's address carries its version, so that a browser keeps it for a year and still gets
 * the new one the moment a deploy changes it. PrimeFaces puts its own release in its addresses ({@code v=15.0.13});
 * ours ({@code css/bookspace.css}, {@code js/stay-picker.js}) had none, and Faces lets a browser keep a resource
 * for a week without asking again, so a returning guest could see a new page with last week's styles and scripts.
 * A resource whose address has no version gets a digest of its content: the same file gives the same address on
 * every node of a cluster and across restarts, and a changed file a new one.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    /** Digests by resource, each computed once: a resource's content is fixed for the life of a deployment. */
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name));
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library));
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType));
    }

    private Resource versioned(Resource resource) {
        return resource == null ? null : new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (path.contains("?v=") || path.contains("&v=")) {
                    return path;
                }
                String version = versions.computeIfAbsent(getLibraryName() + "/" + getResourceName(),
                        key -> digestOf(getWrapped()));
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    /** The first 12 hex digits of the content's SHA-256: enough to tell two versions of one file apart. */
    static String digestOf(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource.getResourceName() + " to version it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
