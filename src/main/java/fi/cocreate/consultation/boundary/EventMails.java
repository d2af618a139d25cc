package fi.cocreate.consultation.boundary;

import fi.cocreate.common.PublicLinks;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.control.EventCalendar;
import fi.cocreate.consultation.control.EventTexts;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailAttachment;
import fi.cocreate.mail.control.MailKind;
import fi.cocreate.mail.control.MailTemplates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The mails of event registration, in the registrant's language: a seat (with the event as an .ics attachment), a
 * place on the waiting list, and a seat freed for someone waiting (again with the .ics). Runs in the caller's
 * transaction.
 */
@Stateless
public class EventMails {

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    /** Tells the registrant where they stand: a seat, or their place on the waiting list. */
    public void registered(EventRegistration registration) {
        if (registration.isWaiting()) {
            queue(registration, MailKind.EVENT_WAITING_LIST, false);
        } else {
            queue(registration, MailKind.EVENT_REGISTERED, true);
        }
    }

    public void promoted(EventRegistration registration) {
        queue(registration, MailKind.EVENT_PROMOTED, true);
    }

    /** The event's calendar entry in the given language; the remote link only for someone who may join. */
    public byte[] calendar(ConsultationEvent event, Locale locale, boolean withRemoteLink) {
        String description =
                event.getDescription() == null ? null : event.getDescription().in(locale);
        String page = pageLink(event);
        return EventCalendar.ics(
                new EventCalendar.Entry(
                        event.getId(),
                        host(),
                        event.getTitle().in(locale),
                        description == null ? page : description + "\n\n" + page,
                        event.getStartsAt(),
                        event.getEndsAt(),
                        event.getPlace(),
                        withRemoteLink ? event.getRemoteLink() : null),
                clock.instant());
    }

    public String pageLink(ConsultationEvent event) {
        return links.page("/consultation/events/view.xhtml?id=" + event.getId());
    }

    private void queue(EventRegistration registration, MailKind kind, boolean withCalendar) {
        ConsultationEvent event = registration.getEvent();
        Locale locale = SupportedLanguage.locale(registration.getLanguage());
        Object[] arguments = {
            registration.getName(),
            event.getTitle().in(locale),
            EventTexts.when(event.getStartsAt(), event.getEndsAt(), locale),
            // The remote link only goes to someone with a seat (registered or promoted), not to the waiting list.
            EventTexts.where(event.getPlace(), withCalendar ? event.getRemoteLink() : null),
            pageLink(event),
            registration.waitingPosition()
        };
        List<MailAttachment> attachments = withCalendar
                ? List.of(new MailAttachment(
                        EventCalendar.filename(event.getId()),
                        EventCalendar.CONTENT_TYPE,
                        calendar(event, locale, true)))
                : List.of();
        outbox.queue(
                registration.getEmail(),
                kind,
                MailTemplates.compose(kind, registration.getLanguage(), arguments),
                null,
                attachments);
    }

    private String host() {
        String host = URI.create(links.page("/")).getHost();
        return host == null ? "cocreate" : host;
    }
}
