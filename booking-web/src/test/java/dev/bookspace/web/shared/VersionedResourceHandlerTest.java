package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionedResourceHandlerTest {

    @Test
    void ourFilesAddressesCarryADigestOfTheirContentSoAChangedFileGetsANewAddress() {
        String before = new VersionedResourceHandler(serving("body { color: navy; }"))
                .createResource("css/bookspace.css").getRequestPath();
        String again = new VersionedResourceHandler(serving("body { color: navy; }"))
                .createResource("css/bookspace.css").getRequestPath();
        String changed = new VersionedResourceHandler(serving("body { color: teal; }"))
                .createResource("css/bookspace.css").getRequestPath();

        assertThat(before).matches("/jakarta\\.faces\\.resource/css/bookspace\\.css\\.xhtml\\?v=[0-9a-f]{12}");
        assertThat(again).as("another node, or after a restart").isEqualTo(before);
        assertThat(changed).isNotEqualTo(before);
    }

    @Test
    void aLibrarysOwnVersionIsKeptAndOneWithoutGetsTheDigestAfterItsOtherParameters() {
        VersionedResourceHandler handler = new VersionedResourceHandler(serving("(function () {})();"));

        assertThat(handler.createResource("core.js", "primefaces").getRequestPath())
                .isEqualTo("/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13");
        assertThat(handler.createResource("faces.js", "jakarta.faces").getRequestPath())
                .matches("/jakarta\\.faces\\.resource/faces\\.js\\.xhtml\\?ln=jakarta\\.faces&v=[0-9a-f]{12}");
        assertThat(handler.createResource("js/missing.js", null, "text/javascript")).isNull();
    }

    /** A resource handler as Faces and PrimeFaces build one: PrimeFaces versions its own library's addresses. */
    private static ResourceHandler serving(String content) {
        return new ResourceHandlerWrapper(null) {
            @Override
            public Resource createResource(String name) {
                return createResource(name, null, null);
            }

            @Override
            public Resource createResource(String name, String library) {
                return createResource(name, library, null);
            }

            @Override
            public Resource createResource(String name, String library, String contentType) {
                if (name.contains("missing")) {
                    return null;
                }
                String query = library == null ? "" : "?ln=" + library + (library.equals("primefaces") ? "&v=15.0.13" : "");
                return new Served(name, library, "/jakarta.faces.resource/" + name + ".xhtml" + query, content);
            }
        };
    }

    private static final class Served extends Resource {

        private final String path;
        private final String content;

        Served(String name, String library, String path, String content) {
            setResourceName(name);
            setLibraryName(library);
            this.path = path;
            this.content = content;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            return Map.of();
        }

        @Override
        public String getRequestPath() {
            return path;
        }

        @Override
        public URL getURL() {
            return null;
        }

        @Override
        public boolean userAgentNeedsUpdate(FacesContext context) {
            return false;
        }
    }
}
