package dev.bookspace.web.dashboard;

import dev.bookspace.catalog.RoomRow;
import dev.bookspace.catalog.RoomService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /dashboard/rooms.xhtml}: the organisation's rooms, bookable ones first. */
@Named
@RequestScoped
public class RoomsView {

    @Inject
    private CurrentAccount current;

    @EJB
    private RoomService rooms;

    private List<RoomRow> list;

    @PostConstruct
    void load() {
        list = rooms.listRooms(current.scope());
    }

    public List<RoomRow> getRooms() {
        return list;
    }
}
