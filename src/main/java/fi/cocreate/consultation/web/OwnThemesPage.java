package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.LocalizedInput;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.OwnThemes;
import fi.cocreate.consultation.entity.ConsultationTheme;
import fi.cocreate.consultation.entity.Theme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff's page of a consultation's themes: the seven seed themes (fixed) and the consultation's own, which staff add
 * and rename with fi/sv/en labels. A rename carries the version the page showed, so a colleague's rename is never
 * silently replaced. Kept with the view: ids, texts and versions.
 */
@Named
@ViewScoped
public class OwnThemesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    @Inject
    OwnThemes ownThemes;

    /** An own theme as the page edits it: its fi/sv/en label as typed, with its id and the version shown. */
    public static final class Row extends LocalizedInput {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long version;
        private final String lastEditedBy;

        Row(ConsultationTheme t) {
            this.id = t.getId();
            this.version = t.getVersion();
            this.lastEditedBy = t.getLastEdit() == null ? null : t.getLastEdit().getBy();
            fill(t.getLabel());
        }

        public long getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }

        public String getLastEditedBy() {
            return lastEditedBy;
        }

        public Theme getTheme() {
            return Theme.own(id);
        }
    }

    private Long id;
    private LocalizedText title;
    private List<Row> rows = new ArrayList<>();
    private final LocalizedInput newLabel = new LocalizedInput();

    public void load() {
        title = consultations.find(id == null ? -1 : id).getTitle();
        refresh();
    }

    private void refresh() {
        rows = new ArrayList<>(ownThemes.of(id).stream().map(Row::new).toList());
    }

    /** Adds an own theme; a refusal is shown beside the label it is about, and what staff typed stays. */
    public void add() {
        ConsultationTheme added = ownThemes.add(id, newLabel.getFi(), newLabel.getSv(), newLabel.getEn());
        Notices.info("ownTheme.added", added.getLabel().getFi());
        newLabel.fill(null);
        refresh();
    }

    /**
     * Renames an own theme; a refusal is shown beside the label of that row it is about (a colleague's change, named in
     * the message, at the top), and the row keeps what staff typed.
     */
    public void save(Row row) {
        ownThemes.rename(id, row.getId(), row.getFi(), row.getSv(), row.getEn(), row.getVersion());
        Notices.info("ownTheme.saved", row.getFi().strip());
        refresh();
    }

    public Theme[] getSeedThemes() {
        return Theme.values();
    }

    public int getMaxLabel() {
        return ConsultationTheme.MAX_LABEL;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The label of the theme to add, as typed. */
    public LocalizedInput getNewLabel() {
        return newLabel;
    }
}
