package fi.cocreate.identity.control;

import fi.cocreate.identity.entity.Role;
import java.util.Collection;

/**
 * Where a person lands after logging in: the start page of their role (staff work before panel work before applying;
 * an account with several roles gets the first), or the home page for an account with none.
 */
public final class StartPages {

    private StartPages() {
    }

    public static String of(Collection<Role> roles) {
        if (roles.contains(Role.STAFF) || roles.contains(Role.ADMIN)) {
            return "/staff/index.xhtml";
        }
        if (roles.contains(Role.PANELIST)) {
            return "/forum/panel/index.xhtml";
        }
        if (roles.contains(Role.APPLICANT)) {
            return "/forum/apply/index.xhtml";
        }
        if (roles.contains(Role.ORG_REP)) {
            return "/consultation/org/index.xhtml";
        }
        return "/index.xhtml";
    }
}
