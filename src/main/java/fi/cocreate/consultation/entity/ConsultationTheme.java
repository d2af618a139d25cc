package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * A theme staff defined for one consultation beside the seven seed themes, with its label in Finnish (required),
 * Swedish and English. Used wherever the consultation's feedback is coded, as {@link #theme()} ({@code OWN_<id>}).
 * Several staff may rename it: the version guards against a silent overwrite.
 */
@Entity
@Table(name = "consultation_own_theme")
@NamedQuery(
        name = ConsultationTheme.OF_CONSULTATION,
        query = "select t from ConsultationTheme t where t.consultation.id = :consultation order by t.id")
public class ConsultationTheme implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_CONSULTATION = "ConsultationTheme.ofConsultation";

    /** The longest label in any language. */
    public static final int MAX_LABEL = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Embedded
    private LocalizedText label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected ConsultationTheme() {}

    /**
     * A new own theme of the consultation. {@code taken}: the Finnish labels already in use for the consultation's
     * themes (the seven's and its own), compared without regard to case or surrounding space.
     */
    public ConsultationTheme(
            Consultation consultation,
            String fi,
            String sv,
            String en,
            Collection<String> taken,
            String by,
            Instant now) {
        this.consultation = Objects.requireNonNull(consultation, "Consultation is required.");
        this.label = validLabel(fi, sv, en, taken);
        this.createdAt = now;
        this.lastEdit = new LastEdit(by, now);
    }

    /** Renames the theme, if the page showed the current version (else refused, naming who changed it). */
    public void rename(
            String fi, String sv, String en, Collection<String> taken, Long seenVersion, String by, Instant now) {
        LastEdit.requireSeen(seenVersion, version, lastEdit);
        this.label = validLabel(fi, sv, en, taken);
        this.lastEdit = new LastEdit(by, now);
    }

    /**
     * The label as staff typed it, checked: Finnish required, at most {@value #MAX_LABEL} characters each. A refusal
     * names the label it is about ({@code fi}, {@code sv} or {@code en}), so the page shows it there.
     */
    static LocalizedText validLabel(String fi, String sv, String en, Collection<String> taken) {
        String f = trimmed(fi);
        if (f == null) {
            throw new BusinessException("ownTheme.fiRequired").about("fi");
        }
        String[][] labels = {{"fi", f}, {"sv", trimmed(sv)}, {"en", trimmed(en)}};
        for (String[] label : labels) {
            String given = label[1];
            if (given != null && given.codePointCount(0, given.length()) > MAX_LABEL) {
                throw new BusinessException("ownTheme.tooLong", MAX_LABEL).about(label[0]);
            }
            if (given != null && given.chars().anyMatch(Character::isISOControl)) {
                throw new BusinessException("ownTheme.invalid").about(label[0]);
            }
        }
        String key = f.toLowerCase(Locale.ROOT);
        if (taken != null
                && taken.stream()
                        .filter(Objects::nonNull)
                        .anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).equals(key))) {
            throw new BusinessException("ownTheme.duplicate", f).about("fi");
        }
        return new LocalizedText(f, trimmed(sv), trimmed(en));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The theme responses, passages and statements are coded with. */
    public Theme theme() {
        return Theme.own(Objects.requireNonNull(id, "Persist the theme first."));
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LastEdit getLastEdit() {
        return lastEdit;
    }

    public long getVersion() {
        return version;
    }
}
