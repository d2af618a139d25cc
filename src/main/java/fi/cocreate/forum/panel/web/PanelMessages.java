package fi.cocreate.forum.panel.web;

import fi.cocreate.common.web.MessageBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the i18n.panel bundle with {@code Notices}. */
@ApplicationScoped
public class PanelMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.panel";
    }
}
