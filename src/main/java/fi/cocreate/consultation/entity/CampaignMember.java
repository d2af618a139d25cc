package fi.cocreate.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One response of a campaign, in its place, with its similarity to the campaign's first response. */
@Entity
@Table(name = "response_campaign_member")
public class CampaignMember {

    @Id
    @Column(name = "response_id")
    private Long responseId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private double similarity;

    protected CampaignMember() {}

    CampaignMember(Campaign campaign, Long responseId, int position, double similarity) {
        this.campaign = campaign;
        this.responseId = responseId;
        this.position = position;
        this.similarity = similarity;
    }

    public Long getResponseId() {
        return responseId;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public int getPosition() {
        return position;
    }

    public double getSimilarity() {
        return similarity;
    }
}
