package fi.cocreate.forum.panel.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.panel.control.OriginRegions;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** One country that staff moved to another region of origin for one call's selection. */
@Entity
@Table(name = "panel_region_override")
@NamedQuery(
        name = RegionOverride.BY_CALL,
        query = "select r from RegionOverride r where r.callId = :call order by r.countryCode")
public class RegionOverride implements Serializable {

    public static final String BY_CALL = "RegionOverride.byCall";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(nullable = false, length = 40)
    private String region;

    @Column(name = "edited_by", length = 254)
    private String editedBy;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected RegionOverride() {}

    public RegionOverride(long callId, String countryCode, String region, String by, Instant at) {
        this.callId = callId;
        String code = Objects.requireNonNull(countryCode, "Country is required.")
                .strip()
                .toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new BusinessException("panel.regions.badCountry", countryCode);
        }
        this.countryCode = code;
        moveTo(region, by, at);
    }

    /** Moves the country to a region (one of {@link OriginRegions#CODES}). */
    public void moveTo(String region, String by, Instant at) {
        if (!OriginRegions.CODES.contains(region)) {
            throw new BusinessException("panel.regions.badRegion", region);
        }
        this.region = region;
        this.editedBy = Objects.requireNonNull(by, "Editor is required.");
        this.editedAt = Objects.requireNonNull(at, "Edit time is required.");
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getRegion() {
        return region;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
