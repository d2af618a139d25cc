package fi.cocreate.consultation.web;

import fi.cocreate.common.web.MessageBundle;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the i18n.consultation bundle with {@code Notices}. */
@ApplicationScoped
public class ConsultationMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.consultation";
    }
}
