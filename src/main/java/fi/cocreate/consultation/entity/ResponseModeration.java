package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.consultation.control.PublicVisibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Staff's decision on one submitted response: received, accepted for publication, hidden (with a reason) or
 * redacted (a text without personal data replaces the answers in public; the original stays for staff).
 */
@Entity
@Table(name = "response_moderation")
@NamedQuery(name = ResponseModeration.OF_CONSULTATION,
        query = "select m from ResponseModeration m where m.response.consultation.id = :consultation")
public class ResponseModeration {

    public static final String OF_CONSULTATION = "ResponseModeration.ofConsultation";

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ModerationState state;

    @Column(name = "hidden_reason", length = MAX_REASON)
    private String hiddenReason;

    @Lob
    @Column(name = "redacted_text")
    private String redactedText;

    @Column(name = "moderated_at", nullable = false)
    private Instant moderatedAt;

    @Column(name = "moderated_by", length = 254)
    private String moderatedBy;

    /** The submitted version of the response that the decision was made on. */
    @Column(name = "moderated_version")
    private Integer moderatedVersion;

    @Version
    private long version;

    protected ResponseModeration() {
    }

    public ResponseModeration(Response response, Instant now, String by) {
        this.response = Objects.requireNonNull(response, "Response is required.");
        if (!response.isSubmitted()) {
            throw new BusinessException("moderation.notSubmitted");
        }
        this.state = ModerationState.RECEIVED;
        stamp(now, by);
    }

    public void markReceived(Instant now, String by) {
        set(ModerationState.RECEIVED, null, null, now, by);
    }

    public void accept(Instant now, String by) {
        set(ModerationState.ACCEPTED, null, null, now, by);
    }

    /** Hides the response from the public; a reason is required so colleagues and the organisation can be told why. */
    public void hide(String reason, Instant now, String by) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            throw new BusinessException("moderation.reasonRequired");
        }
        if (given.length() > MAX_REASON) {
            throw new BusinessException("moderation.reasonTooLong", MAX_REASON);
        }
        set(ModerationState.HIDDEN, given, null, now, by);
    }

    /** Accepts the response with personal data removed: the given text is what the public sees instead. */
    public void redact(String publicText, Instant now, String by) {
        String given = publicText == null ? "" : publicText.strip();
        if (given.isEmpty()) {
            throw new BusinessException("moderation.redactedTextRequired");
        }
        set(ModerationState.REDACTED, null, given, now, by);
    }

    /** Whether the public may see the response now (see {@link PublicVisibility}). */
    public boolean isPublic() {
        return PublicVisibility.isPublic(response.isSubmitted(), state, response.isPublicationConsent(),
                coversSubmittedVersion());
    }

    /** False once the organisation has submitted a newer version than the one staff decided on. */
    public boolean coversSubmittedVersion() {
        return Objects.equals(moderatedVersion, response.getSubmittedVersion());
    }

    private void set(ModerationState state, String reason, String redacted, Instant now, String by) {
        this.state = state;
        this.hiddenReason = reason;
        this.redactedText = redacted;
        stamp(now, by);
    }

    private void stamp(Instant now, String by) {
        this.moderatedAt = Objects.requireNonNull(now);
        this.moderatedBy = by;
        this.moderatedVersion = response.getSubmittedVersion();
    }

    /** The optimistic-lock version; the moderation page keeps the one it showed. */
    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Response getResponse() {
        return response;
    }

    public ModerationState getState() {
        return state;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getRedactedText() {
        return redactedText;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }
}
