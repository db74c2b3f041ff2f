package dev.bookspace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.TestServer;
import jakarta.enterprise.inject.spi.CDI;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff upload real JPEG, PNG and WebP photos of a room; each is kept resized, served to anyone without a
 * session, cached for a year and revalidated with a 304, without the camera's metadata, and only under
 * its own organisation's address. Files that are not photos, or would unpack into too many pixels, are
 * refused with why and leave nothing behind. Every change is in the audit log.
 */
@FullStack
class RoomPhotosIT {

    private static final String SERVER = TestServer.BASE_URL;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private RoomPhotoService photos;
    private Organisation org;
    private Item room;

    @BeforeEach
    void organisationWithARoom() {
        photos = CDI.current().select(RoomPhotoService.class).get();
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @Test
    void keepsJpegPngAndWebpResizedAndServesThemToAnyoneCachedForAYear() throws Exception {
        RoomPhotoView sea = photos.upload(staff(org), room.id(), "sea.jpg", TestPhotos.jpeg(2400, 1600));
        RoomPhotoView logo = photos.upload(staff(org), room.id(), "logo.png", TestPhotos.png(800, 800, true));
        RoomPhotoView small = photos.upload(staff(org), room.id(), "bed.webp", TestPhotos.WEBP);

        assertThat(photos.photos(staff(org), room.id())).extracting(RoomPhotoView::fileName, RoomPhotoView::cover)
                .containsExactly(tuple("sea.jpg", true), tuple("logo.png", false), tuple("bed.webp", false));
        HttpResponse<byte[]> card = get(sea.cardPath(), null);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(card.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(card.headers().allValues("Set-Cookie")).as("no session for a photo").isEmpty();
        assertThat(size(card.body())).isEqualTo("640x427").isEqualTo(sea.cardWidth() + "x" + sea.cardHeight());
        assertThat(size(get(sea.largePath(), null).body())).isEqualTo("1600x1067");
        assertThat(new String(card.body(), StandardCharsets.ISO_8859_1)).as("the Exif block is not served")
                .doesNotContain(TestPhotos.GPS_NOTE).doesNotContain("Exif");

        HttpResponse<byte[]> transparent = get(logo.cardPath(), null);
        assertThat(logo.cardPath()).endsWith("-card.png");
        assertThat(transparent.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(transparent.body())).getColorModel().hasAlpha()).isTrue();

        assertThat(size(get(small.largePath(), null).body())).as("never enlarged").isEqualTo("12x8");
    }

    @Test
    void aBrowserThatHasThePhotoIsToldItIsUnchanged() throws Exception {
        RoomPhotoView sea = photos.upload(staff(org), room.id(), "sea.jpg", TestPhotos.jpeg(400, 300));
        String etag = get(sea.cardPath(), null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = get(sea.cardPath(), etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(sea.largePath(), etag).statusCode()).as("another size has another tag").isEqualTo(200);
    }

    @Test
    void aPhotoIsServedOnlyUnderItsOwnOrganisation() throws Exception {
        Organisation other = fixtures.organisation("Other House");
        RoomPhotoView sea = photos.upload(staff(org), room.id(), "sea.jpg", TestPhotos.jpeg(400, 300));
        String key = sea.cardPath().replaceAll(".*/([0-9a-f]{32})-card\\.jpg$", "$1");

        assertThat(get(sea.cardPath().replace("/" + org.identifier() + "/", "/" + other.identifier() + "/"), null).statusCode())
                .as("another organisation's address").isEqualTo(404);
        assertThat(get("/photos/" + org.identifier() + "/" + key + "-card.png", null).statusCode()).as("wrong type").isEqualTo(404);
        assertThat(get("/photos/" + org.identifier() + "/" + key + "-huge.jpg", null).statusCode()).as("no such size").isEqualTo(404);
        assertThat(get("/photos/" + org.identifier() + "/" + "0".repeat(32) + "-card.jpg", null).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> photos.upload(staff(other), room.id(), "sea.jpg", TestPhotos.jpeg(40, 30)))
                .as("another organisation's room").isInstanceOf(NotFoundException.class);
        assertThat(photos.gallery(Scope.guestOf(other.id()), room.id())).isEmpty();
    }

    @Test
    void refusesWhatIsNotAPhotoWithinTheLimitsAndKeepsNothing() {
        assertThatThrownBy(() -> photos.upload(staff(org), room.id(), "menu.jpg", "Breakfast 8-10".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("menu.jpg is not a JPEG, PNG or WebP image, whatever its name says; choose an image in one of those formats.");
        assertThatThrownBy(() -> photos.upload(staff(org), room.id(), "bomb.png", TestPhotos.pngHeader(20_000, 20_000)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("bomb.png is 20000 × 20000 pixels, more than 40 megapixels; upload a smaller image.");
        assertThatThrownBy(() -> photos.upload(staff(org), room.id(), "huge.png", new byte[9 * 1024 * 1024]))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("huge.png is larger than 8 MB; upload a smaller image.");

        assertThat(photos.photos(staff(org), room.id())).isEmpty();
        assertThat(fixtures.auditLog(org)).isEmpty();
    }

    @Test
    void staffOrderPhotosChooseTheCoverAndRemoveThemAllInTheAuditLog() {
        RoomPhotoView sea = photos.upload(staff(org), room.id(), "sea.jpg", TestPhotos.jpeg(40, 30));
        RoomPhotoView bed = photos.upload(staff(org), room.id(), "bed.jpg", TestPhotos.jpeg(40, 30));

        photos.chooseCover(staff(org), room.id(), bed.id());
        photos.move(staff(org), room.id(), bed.id(), -1);
        photos.remove(staff(org), room.id(), bed.id());

        assertThat(photos.gallery(Scope.guestOf(org.id()), room.id())).extracting(RoomPhotoView::fileName, RoomPhotoView::cover)
                .containsExactly(tuple("sea.jpg", true));
        List<String> log = fixtures.auditLog(org);
        assertThat(log).hasSize(5);
        assertThat(log.get(0)).startsWith("room.photo_added by ").endsWith("{\"photos\": \"none\"} -> {\"photos\": \"sea.jpg (cover)\"}");
        assertThat(log.get(2)).startsWith("room.cover_chosen by ")
                .endsWith("{\"photos\": \"sea.jpg (cover), bed.jpg\"} -> {\"photos\": \"sea.jpg, bed.jpg (cover)\"}");
        assertThat(log.get(3)).startsWith("room.photos_reordered by ").endsWith("-> {\"photos\": \"bed.jpg (cover), sea.jpg\"}");
        assertThat(log.get(4)).startsWith("room.photo_removed by ").endsWith("-> {\"photos\": \"sea.jpg (cover)\"}");
        assertThat(log).allSatisfy(event -> assertThat(event).contains(" on " + room.id() + ": "));
    }

    private static Scope staff(Organisation organisation) {
        return new Scope(organisation.id(), null, EnumSet.of(Role.STAFF));
    }

    private static HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVER + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String size(byte[] image) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
        return read.getWidth() + "x" + read.getHeight();
    }
}
