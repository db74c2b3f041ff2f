package dev.bookspace.web.dashboard;

import dev.bookspace.catalog.RoomPhotoService;
import dev.bookspace.catalog.RoomPhotoView;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.web.shared.FormMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A room's photos on its page: upload (each file on its own, refused ones said next to the upload with
 * why), order, choose the cover, remove.
 */
@Named
@ViewScoped
public class RoomPhotosView implements Serializable {

    /** The photos form; its upload's id is the service's field name, so refusals land next to it. */
    static final String FORM = "room-photos";

    @Inject
    private CurrentAccount current;

    @EJB
    private RoomPhotoService photos;

    private Long roomId;
    private List<RoomPhotoView> shown = List.of();

    /** On a room's page: that room's photos. */
    public void showRoom(long id) {
        roomId = id;
        shown = photos.photos(current.scope(), id);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            photos.upload(current.scope(), roomId, file.getFileName(), file.getContent());
        } catch (InvalidRequestException e) {
            FormMessages.show(FORM, e);
        }
        refresh();
    }

    public void chooseCover(long photoId) {
        act(() -> photos.chooseCover(current.scope(), roomId, photoId));
    }

    public void moveEarlier(long photoId) {
        act(() -> photos.move(current.scope(), roomId, photoId, -1));
    }

    public void moveLater(long photoId) {
        act(() -> photos.move(current.scope(), roomId, photoId, 1));
    }

    public void remove(long photoId) {
        act(() -> photos.remove(current.scope(), roomId, photoId));
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (NotFoundException e) {
            // Removed meanwhile, in another tab: the refreshed list shows it gone.
        }
        refresh();
    }

    private void refresh() {
        shown = photos.photos(current.scope(), roomId);
    }

    public List<RoomPhotoView> getPhotos() {
        return shown;
    }
}
