package fi.cocreate.consultation.web;

import fi.cocreate.common.web.MessageBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the i18n.events bundle with {@code Notices}. */
@ApplicationScoped
public class EventMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.events";
    }
}
