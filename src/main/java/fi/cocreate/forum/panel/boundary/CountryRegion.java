package fi.cocreate.forum.panel.boundary;

import java.io.Serializable;

/**
 * One country of origin of a call's applicants and the region the selection puts it in.
 *
 * @param applicants    applications in the selection with this country of origin (or of birth, when none is given)
 * @param defaultRegion the region by {@link fi.cocreate.forum.panel.control.OriginRegions}, or null for none
 * @param region        the region in this call, or null for none
 * @param moved         staff moved it for this call
 */
public record CountryRegion(String country, int applicants, String defaultRegion, String region, boolean moved)
        implements Serializable {}
