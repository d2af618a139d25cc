package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.identity.control.LoginDestination;
import fi.cocreate.identity.entity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginDestinationTest {

    @Test
    void aPageOfTheAppAskedForIsWhereTheLoginReturns() {
        assertEquals(
                "/consultation/org/response.xhtml?consultation=3",
                LoginDestination.after("/consultation/org/response.xhtml?consultation=3", Set.of(Role.ORG_REP)));
    }

    @Test
    void withoutADestinationEachRoleLandsOnItsOwnStartPage() {
        assertEquals("/staff/index.xhtml", LoginDestination.after(null, EnumSet.of(Role.STAFF, Role.ORG_REP)));
        assertEquals("/staff/index.xhtml", LoginDestination.after("", Set.of(Role.ADMIN)));
        assertEquals("/consultation/org/index.xhtml", LoginDestination.after(null, Set.of(Role.ORG_REP)));
        assertEquals("/forum/apply/index.xhtml", LoginDestination.after(null, Set.of(Role.APPLICANT)));
        assertEquals("/forum/panel/index.xhtml", LoginDestination.after(null, Set.of(Role.PANELIST)));
        assertEquals("/index.xhtml", LoginDestination.after(null, Set.of()));
    }

    @Test
    void destinationsThatLeaveTheAppAreIgnored() {
        for (String evil : new String[] {
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "evil",
            "/ok\r\nSet-Cookie: x=1",
            "/ok\u010d\u010aSet-Cookie: x=1",
            "/a page",
            "/\t/evil.example",
            "/login.xhtml?next=/x",
            "javascript:alert(1)"
        }) {
            assertFalse(LoginDestination.isSafeLocalPath(evil), evil);
            assertEquals("/consultation/org/index.xhtml", LoginDestination.after(evil, Set.of(Role.ORG_REP)));
        }
        assertTrue(LoginDestination.isSafeLocalPath("/forum/call.xhtml?id=2"));
    }
}
