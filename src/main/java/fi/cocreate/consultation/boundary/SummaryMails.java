package fi.cocreate.consultation.boundary;

import fi.cocreate.common.PublicLinks;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells the representatives of every organisation that responded to a consultation that its summary is out. Runs in
 * the publishing transaction, so the mails exist only if the summary was really published.
 */
@Stateless
public class SummaryMails {

    @Inject
    Outbox outbox;

    @Inject
    Responses responses;

    @Inject
    PublicLinks links;

    public int queueSummaryPublished(Consultation consultation) {
        String link = links.page("/consultation/summary.xhtml?id=" + consultation.getId());
        // One mail per representative, even if a person represents two responding organisations.
        Map<String, Account> recipients = new LinkedHashMap<>();
        Map<String, String> organisationOf = new LinkedHashMap<>();
        for (Response response : responses.submittedOf(consultation.getId())) {
            if (response.isEventOutput()) {
                continue; // an event's output was entered by staff: no organisation to tell
            }
            for (Account representative : response.getOrganisation().getRepresentatives()) {
                recipients.putIfAbsent(representative.getEmail(), representative);
                organisationOf.putIfAbsent(
                        representative.getEmail(), response.getOrganisation().getName());
            }
        }
        recipients.forEach((email, account) -> {
            String language = SupportedLanguage.orDefault(account.getLanguage());
            outbox.queue(
                    email,
                    language,
                    MailKind.SUMMARY_PUBLISHED,
                    account.getDisplayName(),
                    consultation.getTitle().in(SupportedLanguage.locale(language)),
                    organisationOf.get(email),
                    link);
        });
        return recipients.size();
    }

    /**
     * Tells the organisation's representatives that staff hid its response from the public, and why; the response
     * itself stays with the ministry. One mail per representative.
     */
    public int queueResponseHidden(Response response, String reason) {
        Consultation consultation = response.getConsultation();
        String link = links.page("/consultation/org/index.xhtml");
        int sent = 0;
        if (response.isEventOutput()) {
            return 0; // entered by staff from an event: nobody outside to tell
        }
        for (Account representative : response.getOrganisation().getRepresentatives()) {
            String language = SupportedLanguage.orDefault(representative.getLanguage());
            outbox.queue(
                    representative.getEmail(),
                    language,
                    MailKind.RESPONSE_HIDDEN,
                    representative.getDisplayName(),
                    consultation.getTitle().in(SupportedLanguage.locale(language)),
                    response.getOrganisation().getName(),
                    reason,
                    response.getReferenceNumber() == null ? "" : response.getReferenceNumber(),
                    link);
            sent++;
        }
        return sent;
    }
}
