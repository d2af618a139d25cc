package fi.cocreate.identity.control;

import fi.cocreate.common.LocalPaths;
import fi.cocreate.identity.entity.Role;
import java.util.Set;

/**
 * Where a person lands after logging in: back on the page they asked for, when that is a path inside this app, else on
 * their role's own start page. A destination from a link is never trusted to leave the app (no open redirect).
 */
public final class LoginDestination {

    private LoginDestination() {}

    /** The page to go to: {@code next} if it is a safe path within the app, else the start page of the roles. */
    public static String after(String next, Set<Role> roles) {
        return isSafeLocalPath(next) ? next : startPage(roles);
    }

    /** A path inside this app: one leading slash, no scheme or host, no backslash or control characters. */
    public static boolean isSafeLocalPath(String next) {
        return LocalPaths.isSafe(next) && !next.startsWith("/login.xhtml");
    }

    /** Each role's own start page; the most privileged role decides when an account has several. */
    public static String startPage(Set<Role> roles) {
        if (roles.contains(Role.ADMIN) || roles.contains(Role.STAFF)) {
            return "/staff/index.xhtml";
        }
        if (roles.contains(Role.PANELIST)) {
            return "/forum/panel/index.xhtml";
        }
        if (roles.contains(Role.ORG_REP)) {
            return "/consultation/org/index.xhtml";
        }
        if (roles.contains(Role.APPLICANT)) {
            return "/forum/apply/index.xhtml";
        }
        return "/index.xhtml";
    }
}
