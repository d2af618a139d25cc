package fi.cocreate.consultation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Responses that staff confirmed as one campaign: near-identical texts sent by several organisations. The summary
 * counts a campaign once, with its number of senders; staff code all its responses at once. Each response is in at
 * most one campaign, of its own consultation.
 */
@Entity
@Table(name = "response_campaign")
@NamedQuery(
        name = Campaign.OF_CONSULTATION,
        query = "select c from Campaign c where c.consultation.id = :consultation order by c.id")
public class Campaign {

    public static final String OF_CONSULTATION = "Campaign.ofConsultation";

    /** A campaign is two or more senders. */
    public static final int MIN_SIZE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    @Version
    private long version;

    // Read for all the campaigns of a query in one more statement, not one per campaign.
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CampaignMember> members = new ArrayList<>();

    protected Campaign() {}

    public Campaign(Consultation consultation, String confirmedBy, Instant confirmedAt) {
        this.consultation = Objects.requireNonNull(consultation);
        this.confirmedBy = Objects.requireNonNull(confirmedBy);
        this.confirmedAt = Objects.requireNonNull(confirmedAt);
    }

    /** Adds a submitted response of this campaign's consultation, with its similarity to the first member. */
    public void add(Response response, double similarity) {
        if (!response.isSubmitted() || !response.getConsultation().getId().equals(consultation.getId())) {
            throw new IllegalArgumentException("Only a submitted response of the same consultation joins a campaign.");
        }
        if (members.stream().anyMatch(m -> m.getResponseId().equals(response.getId()))) {
            return;
        }
        members.add(new CampaignMember(this, response.getId(), members.size(), similarity));
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<CampaignMember> getMembers() {
        return Collections.unmodifiableList(members);
    }

    public int size() {
        return members.size();
    }
}
