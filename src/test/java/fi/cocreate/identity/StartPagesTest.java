package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.cocreate.identity.control.StartPages;
import fi.cocreate.identity.entity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each role lands on its own start page after logging in. */
class StartPagesTest {

    @Test
    void everyRoleHasItsStartPageAndStaffWorkComesFirst() {
        assertEquals("/staff/index.xhtml", StartPages.of(Set.of(Role.STAFF)));
        assertEquals("/staff/index.xhtml", StartPages.of(Set.of(Role.ADMIN)));
        assertEquals("/forum/panel/index.xhtml", StartPages.of(Set.of(Role.PANELIST)));
        assertEquals("/forum/apply/index.xhtml", StartPages.of(Set.of(Role.APPLICANT)));
        assertEquals("/consultation/org/index.xhtml", StartPages.of(Set.of(Role.ORG_REP)));
        assertEquals("/staff/index.xhtml", StartPages.of(Set.of(Role.PANELIST, Role.STAFF)));
        assertEquals("/index.xhtml", StartPages.of(Set.of()));
    }
}
