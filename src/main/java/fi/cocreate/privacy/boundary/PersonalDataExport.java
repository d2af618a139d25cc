package fi.cocreate.privacy.boundary;

import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseVersion;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes what the consultation side stores about one account holder as JSON (Jakarta JSON-P), for them to keep: the
 * account, the organisations they represent, the responses of those organisations (drafts and submitted, with the
 * latest answers and the attachments' names), their event registrations and the subscriptions of their address. The
 * same pattern as the forum's applicant export.
 */
final class PersonalDataExport {

    /** Everything the export is made of, read by {@link PersonalData} in one transaction. */
    record Contents(
            Account account,
            List<Organisation> organisations,
            List<Response> responses,
            Function<Long, List<AttachmentInfo>> attachmentsOf,
            List<EventRegistration> registrations,
            List<Subscription> subscriptions,
            Instant exportedAt) {}

    private PersonalDataExport() {}

    static String toJson(Contents c) {
        Account a = c.account();
        JsonObjectBuilder account = Json.createObjectBuilder();
        account.add("id", a.getId());
        put(account, "email", a.getEmail());
        put(account, "name", a.getDisplayName());
        put(account, "language", a.getLanguage());
        put(account, "createdAt", a.getCreatedAt());
        put(account, "emailVerifiedAt", a.getEmailVerifiedAt());
        account.add(
                "roles",
                Json.createArrayBuilder(
                        a.getRoles().stream().map(Enum::name).sorted().toList()));

        JsonArrayBuilder organisations = Json.createArrayBuilder();
        for (Organisation o : c.organisations()) {
            JsonObjectBuilder org = Json.createObjectBuilder().add("id", o.getId());
            put(org, "name", o.getName());
            put(org, "businessId", o.getBusinessId());
            put(org, "registerNumber", o.getRegisterNumber());
            put(org, "type", o.getType());
            put(org, "verifiedAt", o.getVerifiedAt());
            org.add(
                    "representatives",
                    Json.createArrayBuilder(o.getRepresentatives().stream()
                            .map(Account::getEmail)
                            .sorted()
                            .toList()));
            organisations.add(org);
        }

        JsonArrayBuilder responses = Json.createArrayBuilder();
        for (Response r : c.responses()) {
            JsonObjectBuilder response = Json.createObjectBuilder().add("id", r.getId());
            put(response, "consultation", r.getConsultation().getTitle());
            put(
                    response,
                    "organisation",
                    r.getOrganisation() == null ? null : r.getOrganisation().getName());
            if (r.isEventOutput()) {
                put(response, "event", r.getEvent().getTitle());
            }
            put(response, "state", r.getState());
            put(response, "referenceNumber", r.getReferenceNumber());
            response.add("writtenByYou", r.getAuthor().getId().equals(a.getId()));
            response.add("publicationConsent", r.isPublicationConsent());
            put(response, "createdAt", r.getCreatedAt());
            put(response, "updatedAt", r.getUpdatedAt());
            put(response, "submittedAt", r.getSubmittedAt());
            JsonArrayBuilder answers = Json.createArrayBuilder();
            ResponseVersion latest = r.latestVersion();
            if (latest != null) {
                for (Answer answer : latest.getAnswers()) {
                    JsonObjectBuilder one = Json.createObjectBuilder();
                    put(one, "question", answer.getQuestion().getText());
                    put(one, "text", answer.getText());
                    put(one, "scale", answer.getScaleValue());
                    one.add(
                            "options",
                            Json.createArrayBuilder(answer.getSelectedOptions().stream()
                                    .sorted()
                                    .map(String::valueOf)
                                    .toList()));
                    answers.add(one);
                }
            }
            response.add("answers", answers);
            JsonArrayBuilder attachments = Json.createArrayBuilder();
            for (AttachmentInfo info : c.attachmentsOf().apply(r.getId())) {
                JsonObjectBuilder file = Json.createObjectBuilder();
                put(file, "fileName", info.fileName());
                put(file, "contentType", info.contentType());
                file.add("sizeBytes", info.sizeBytes());
                put(file, "uploadedAt", info.uploadedAt());
                attachments.add(file);
            }
            response.add("attachments", attachments);
            responses.add(response);
        }

        JsonArrayBuilder registrations = Json.createArrayBuilder();
        for (EventRegistration r : c.registrations()) {
            JsonObjectBuilder registration = Json.createObjectBuilder();
            put(registration, "event", r.getEvent().getTitle());
            put(registration, "startsAt", r.getEvent().getStartsAt());
            put(registration, "name", r.getName());
            put(registration, "email", r.getEmail());
            put(registration, "organisation", r.getOrganisation());
            put(registration, "language", r.getLanguage());
            put(registration, "status", r.getStatus());
            put(registration, "registeredAt", r.getRegisteredAt());
            put(registration, "cancelledAt", r.getCancelledAt());
            registrations.add(registration);
        }

        JsonArrayBuilder subscriptions = Json.createArrayBuilder();
        for (Subscription s : c.subscriptions()) {
            JsonObjectBuilder subscription = Json.createObjectBuilder();
            put(subscription, "email", s.getEmail());
            put(subscription, "language", s.getLanguage());
            subscription.add(
                    "targetGroups",
                    Json.createArrayBuilder(s.getTargetGroups().stream()
                            .map(Enum::name)
                            .sorted()
                            .toList()));
            subscription.add(
                    "themes",
                    Json.createArrayBuilder(s.getThemes().stream()
                            .map(fi.cocreate.consultation.entity.Theme::name)
                            .sorted()
                            .toList()));
            put(subscription, "createdAt", s.getCreatedAt());
            put(subscription, "confirmedAt", s.getConfirmedAt());
            subscriptions.add(subscription);
        }

        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("exportedAt", c.exportedAt().toString())
                .add("account", account)
                .add("organisations", organisations)
                .add("responses", responses)
                .add("eventRegistrations", registrations)
                .add("subscriptions", subscriptions);
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        if (value == null) {
            o.addNull(name);
        } else if (value instanceof Integer number) {
            o.add(name, number);
        } else if (value instanceof Enum<?> constant) {
            o.add(name, constant.name());
        } else {
            o.add(name, value.toString());
        }
    }
}
