package fi.cocreate.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A theme staff gave a whole response or one of its passages. */
@Entity
@Table(name = "response_theme_tag")
@NamedQuery(
        name = ThemeTag.OF_CONSULTATION,
        query = "select t from ThemeTag t where t.response.consultation.id = :consultation")
@NamedQuery(
        name = ThemeTag.COUNT_BY_THEME,
        query = "select t.theme, count(distinct t.response.id)"
                + " from ThemeTag t where t.response.consultation.id = :consultation group by t.theme")
public class ThemeTag {

    public static final String OF_CONSULTATION = "ThemeTag.ofConsultation";
    public static final String COUNT_BY_THEME = "ThemeTag.countByTheme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "passage_id")
    private Passage passage;

    @Convert(converter = fi.cocreate.consultation.entity.ThemeConverter.class)
    @Column(nullable = false, length = 40)
    private Theme theme;

    protected ThemeTag() {}

    /** Tags the whole response. */
    public ThemeTag(Response response, Theme theme) {
        this.response = Objects.requireNonNull(response, "Response is required.");
        this.theme = Objects.requireNonNull(theme, "Theme is required.");
    }

    /** Tags one passage (and so its response). */
    public ThemeTag(Passage passage, Theme theme) {
        this(passage.getResponse(), theme);
        this.passage = passage;
    }

    public Long getId() {
        return id;
    }

    public Response getResponse() {
        return response;
    }

    public Passage getPassage() {
        return passage;
    }

    public Theme getTheme() {
        return theme;
    }
}
