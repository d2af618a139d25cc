package fi.cocreate.identity.control;

import fi.cocreate.identity.entity.Role;
import java.util.List;

/**
 * The demo accounts created in the embedded default only (never in a production configuration), one per role.
 * The dev launcher prints them; the demo data creates them.
 */
public final class DemoLogins {

    public static final String PASSWORD = "demo-password";

    public record Login(Role role, String email, String name) {}

    public static final Login ADMIN = new Login(Role.ADMIN, "admin@demo.cocreate.fi", "Aino Admin");
    public static final Login STAFF = new Login(Role.STAFF, "staff@demo.cocreate.fi", "Sari Staff");
    public static final Login ORG_REP = new Login(Role.ORG_REP, "org@demo.cocreate.fi", "Olli Organisation");
    public static final Login APPLICANT = new Login(Role.APPLICANT, "applicant@demo.cocreate.fi", "Amir Applicant");
    public static final Login PANELIST = new Login(Role.PANELIST, "panel@demo.cocreate.fi", "Pia Panel");

    public static final List<Login> ALL = List.of(ADMIN, STAFF, ORG_REP, APPLICANT, PANELIST);

    private DemoLogins() {}
}
