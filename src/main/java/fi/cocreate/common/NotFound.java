package fi.cocreate.common;

import jakarta.ejb.ApplicationException;

/**
 * What the request names does not exist (or is not visible to this caller, which must not learn the difference). The
 * web layer answers 404 with the app's page, the API a JSON problem.
 */
@ApplicationException(rollback = true)
public class NotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFound() {
        super("notFound");
    }

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
