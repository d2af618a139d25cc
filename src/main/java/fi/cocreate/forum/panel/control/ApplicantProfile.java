package fi.cocreate.forum.panel.control;

import fi.cocreate.forum.control.ApplicationScore;
import fi.cocreate.forum.control.Candidate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the selection needs to know about an applicant, independent of how the application is stored: the
 * application id and the raw attributes the diversity rules are about.
 *
 * @param applicationId  the application
 * @param areas          areas of expertise (codes)
 * @param gender         gender code, or null
 * @param yearOfBirth    year of birth, or null
 * @param countryOfOrigin ISO 3166 alpha-2, or null
 * @param newHomeCountry ISO 3166 alpha-2, or null
 */
public record ApplicantProfile(
        long applicationId,
        Set<String> areas,
        String gender,
        Integer yearOfBirth,
        String countryOfOrigin,
        String newHomeCountry) {

    public ApplicantProfile {
        areas = Set.copyOf(Objects.requireNonNull(areas, "areas"));
    }

    /** The attribute values per selection dimension, as the solver sees them (empty dimensions are left out). */
    public Map<String, Set<String>> attributes(int referenceYear) {
        return attributes(referenceYear, OriginRegions.DEFAULT);
    }

    /** As {@link #attributes(int)}, the region of origin by the call's mapping. */
    public Map<String, Set<String>> attributes(int referenceYear, OriginRegions.Mapping regions) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        if (!areas.isEmpty()) {
            values.put(SelectionDimension.AREA.code(), areas);
        }
        if (gender != null && !gender.isBlank()) {
            values.put(SelectionDimension.GENDER.code(), Set.of(gender));
        }
        AgeBands.of(yearOfBirth, referenceYear)
                .ifPresent(b -> values.put(SelectionDimension.AGE_BAND.code(), Set.of(b)));
        regions.of(countryOfOrigin).ifPresent(r -> values.put(SelectionDimension.REGION_OF_ORIGIN.code(), Set.of(r)));
        if (newHomeCountry != null && !newHomeCountry.isBlank()) {
            values.put(SelectionDimension.HOME_COUNTRY.code(), Set.of(newHomeCountry));
        }
        return values;
    }

    /**
     * The candidate for the solver. The score is the application's mean on the 1–5 scale (normalised or raw as the
     * round says): ojAlgo needs coefficients of that size, not large numbers.
     */
    public Candidate toCandidate(ApplicationScore score, boolean normalised, int referenceYear) {
        return toCandidate(score, normalised, referenceYear, OriginRegions.DEFAULT);
    }

    /** As {@link #toCandidate(ApplicationScore, boolean, int)}, the region of origin by the call's mapping. */
    public Candidate toCandidate(
            ApplicationScore score, boolean normalised, int referenceYear, OriginRegions.Mapping regions) {
        double value = normalised ? score.normalisedMean() : score.rawMean();
        return new Candidate(
                String.valueOf(applicationId),
                Math.round(value / Candidate.SCORE_RESOLUTION) * Candidate.SCORE_RESOLUTION,
                attributes(referenceYear, regions));
    }
}
