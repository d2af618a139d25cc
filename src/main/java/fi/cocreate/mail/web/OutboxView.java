package fi.cocreate.mail.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.entity.MailStatus;
import fi.cocreate.mail.entity.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff's view of the outbox: what is pending, sent or failed and why; failed mails can be sent again. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private MailStatus status;
    private List<OutboxMail> mails;

    @PostConstruct
    void load() {
        mails = outbox.recent(status, 500);
    }

    public void filter() {
        load();
    }

    public void resend(OutboxMail mail) {
        outbox.resend(mail.getId());
        Notices.info("outbox.resent", mail.getRecipient());
        load();
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public List<OutboxMail> getMails() {
        return mails;
    }
}
