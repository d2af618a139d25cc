package fi.cocreate.forum.web;

import fi.cocreate.common.web.MessageBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the i18n.forum bundle with {@code Notices}. */
@ApplicationScoped
public class ForumMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.forum";
    }
}
