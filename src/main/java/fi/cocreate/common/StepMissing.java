package fi.cocreate.common;

import jakarta.ejb.ApplicationException;

/**
 * The caller has not yet taken a step this action needs (a representative who has not registered or joined an
 * organisation opens a response form). A refusal like any other, with the local page where that step is taken: the
 * Faces error path sends a page that could not open there, with the message; a post shows the message on its page.
 */
@ApplicationException(rollback = true)
public class StepMissing extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String page;

    /** {@code page} is an address inside the app, from its root (for example {@code /consultation/org/index.xhtml}). */
    public StepMissing(String messageKey, String page) {
        super(messageKey);
        if (!page.startsWith("/") || page.startsWith("//")) {
            throw new IllegalArgumentException("Not a page of the app: " + page);
        }
        this.page = page;
    }

    /** Where the missing step is taken, from the app's root. */
    public String page() {
        return page;
    }
}
