package fi.cocreate.forum.panel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OriginRegionsMappingTest {

    @Test
    void aCallsMappingMovesOnlyTheCountriesStaffMoved() {
        OriginRegions.Mapping mapping = OriginRegions.mapping(Map.of("tr", "europe", "ZZ", "mena"));
        assertEquals(Optional.of("europe"), mapping.of("TR"), "Turkey moved from MENA to Europe");
        assertEquals(Optional.of("mena"), OriginRegions.byDefault("TR"));
        assertEquals(Optional.of("mena"), mapping.of("zz"), "an unknown code can be given a region");
        assertEquals(Optional.of("mena"), mapping.of("SY"), "others keep their default");
        assertTrue(mapping.moved("tr"));
        assertFalse(mapping.moved("SY"));
        assertEquals(Optional.empty(), mapping.of(null));
        assertEquals(OriginRegions.DEFAULT.of("SY"), OriginRegions.of("SY"));
    }

    @Test
    void theProfileUsesTheCallsMappingForTheRegionDimension() {
        ApplicantProfile turkish = new ApplicantProfile(1, Set.of("EDUCATION"), "WOMAN", 1980, "TR", "FI");
        assertEquals(Set.of("mena"), turkish.attributes(2025).get(SelectionDimension.REGION_OF_ORIGIN.code()));
        assertEquals(
                Set.of("europe"),
                turkish.attributes(2025, OriginRegions.mapping(Map.of("TR", "europe")))
                        .get(SelectionDimension.REGION_OF_ORIGIN.code()));
    }

    @Test
    void badCodesAndRegionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OriginRegions.mapping(Map.of("TUR", "europe")));
        assertThrows(IllegalArgumentException.class, () -> OriginRegions.mapping(Map.of("TR", "atlantis")));
    }
}
