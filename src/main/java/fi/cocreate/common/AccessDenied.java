package fi.cocreate.common;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this or see this: not logged in, lacking the role, or not the owner of the data. The web layer
 * answers 403 with the app's page (or sends an anonymous visitor to the login page); nothing is changed.
 */
@ApplicationException(rollback = true)
public class AccessDenied extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDenied() {
        super("access.denied");
    }

    public AccessDenied(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
