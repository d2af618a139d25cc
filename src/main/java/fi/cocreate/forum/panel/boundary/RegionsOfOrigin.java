package fi.cocreate.forum.panel.boundary;

import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.panel.control.OriginRegions;
import fi.cocreate.forum.panel.entity.RegionOverride;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The regions of origin of one call, for staff: which region each applicant's country falls in (by default
 * {@link OriginRegions}), and moving a country to another region for this call's selection. Staff only; refused once
 * the decision is confirmed. The selection reads {@link #mapping(long)}.
 */
@Stateless
@RolesRequired({Role.STAFF, Role.ADMIN})
public class RegionsOfOrigin {

    @PersistenceContext
    EntityManager em;

    @Inject
    PanelGuard guard;

    @Inject
    Caller caller;

    @Inject
    ForumApplications applications;

    @Inject
    Clock clock;

    /** The call's mapping: the default with the countries staff moved. */
    public OriginRegions.Mapping mapping(long callId) {
        Map<String, String> moved = new HashMap<>();
        overrides(callId).forEach(o -> moved.put(o.getCountryCode(), o.getRegion()));
        return OriginRegions.mapping(moved);
    }

    /** Every country of origin among the call's applicants, and every country staff moved, by country code. */
    public List<CountryRegion> countries(long callId) {
        guard.call(callId);
        OriginRegions.Mapping mapping = mapping(callId);
        Map<String, Integer> counts = new TreeMap<>();
        for (ForumApplication a : applications.findInSelection(callId)) {
            String country = a.getCountryOfOrigin() != null ? a.getCountryOfOrigin() : a.getCountryOfBirth();
            if (country != null && !country.isBlank()) {
                counts.merge(country.strip().toUpperCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        mapping.overrides().keySet().forEach(c -> counts.putIfAbsent(c, 0));
        List<CountryRegion> rows = new ArrayList<>();
        counts.forEach((country, n) -> rows.add(new CountryRegion(
                country,
                n,
                OriginRegions.byDefault(country).orElse(null),
                mapping.of(country).orElse(null),
                mapping.moved(country))));
        return rows;
    }

    /**
     * Puts the country in the region for this call; back in its default region the override is removed. Answers
     * whether anything changed.
     */
    public boolean move(long callId, String country, String region) {
        String staff = caller.requireStaff().getEmail();
        guard.round(callId).requireOpen();
        Objects.requireNonNull(country, "Country is required.");
        String code = country.strip().toUpperCase(Locale.ROOT);
        RegionOverride existing = overrides(callId).stream()
                .filter(o -> o.getCountryCode().equals(code))
                .findFirst()
                .orElse(null);
        boolean toDefault =
                region != null && region.equals(OriginRegions.byDefault(code).orElse(null));
        if (toDefault) {
            if (existing != null) {
                em.remove(existing);
                return true;
            }
            return false;
        }
        if (existing == null) {
            em.persist(new RegionOverride(callId, code, region, staff, clock.instant()));
            return true;
        }
        if (existing.getRegion().equals(region)) {
            return false;
        }
        existing.moveTo(region, staff, clock.instant());
        return true;
    }

    private List<RegionOverride> overrides(long callId) {
        return em.createNamedQuery(RegionOverride.BY_CALL, RegionOverride.class)
                .setParameter("call", callId)
                .getResultList();
    }
}
