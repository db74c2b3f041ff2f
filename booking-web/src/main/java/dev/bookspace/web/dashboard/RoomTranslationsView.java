package dev.bookspace.web.dashboard;

import dev.bookspace.catalog.CatalogService;
import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.catalog.ItemWords;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.Language;
import dev.bookspace.web.shared.FormMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A room's title and description in the languages other than its own (English, until organisations have a
 * language), on the room's page: guests reading one of them see these words in place of the room's own. The editor
 * speaks the staff member's language.
 */
@Named
@ViewScoped
public class RoomTranslationsView implements Serializable {

    @Inject
    private CurrentAccount current;

    @Inject
    private RoomEditorView editor;

    @EJB
    private CatalogService catalog;

    @Inject
    private DashboardWords words;

    private List<Entry> entries;

    /** One language's words as staff edit them; both left empty takes the language's words back. */
    public static final class Entry implements Serializable {

        private final Language language;
        private String title;
        private String description;

        Entry(Language language, ItemWords words) {
            this.language = language;
            this.title = words == null ? "" : words.title();
            this.description = words == null ? "" : words.description();
        }

        public String getCode() {
            return language.code();
        }

        /** The language's name in the page's language: "German", "Deutsch", "allemand". */
        public String getName() {
            Locale page = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            return language.locale().getDisplayLanguage(DashboardWords.writing(page));
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title == null ? "" : title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description == null ? "" : description;
        }

        boolean empty() {
            return title.isBlank() && description.isBlank();
        }
    }

    /** The room's words in each other language, as last saved. */
    public List<Entry> getEntries() {
        if (entries == null) {
            entries = entriesOf(catalog.findItem(current.scope(), editor.getRoomId()).orElseThrow());
        }
        return entries;
    }

    /** Saves every language's words: given ones replace what it had, empty ones take it back. */
    public void save() {
        ItemSummary saved = null;
        for (Entry entry : getEntries()) {
            try {
                if (entry.empty()) {
                    catalog.removeTranslation(current.scope(), editor.getRoomId(), entry.language);
                } else {
                    saved = catalog.translateItem(current.scope(), editor.getRoomId(), entry.language,
                            new ItemWords(entry.title, entry.description));
                }
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem -> FormMessages.global(FacesMessage.SEVERITY_ERROR,
                        entry.getName() + ": " + words.problem(problem)));
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        entries = saved == null ? null : entriesOf(saved);
        FormMessages.global(FacesMessage.SEVERITY_INFO, words.say("roomTranslations.saved"));
    }

    private static List<Entry> entriesOf(ItemSummary room) {
        return Arrays.stream(Language.values()).filter(language -> language != Language.ENGLISH)
                .map(language -> new Entry(language, room.translations().get(language))).toList();
    }
}
