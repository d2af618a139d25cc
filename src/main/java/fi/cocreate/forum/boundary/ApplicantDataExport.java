package fi.cocreate.forum.boundary;

import fi.cocreate.forum.entity.ApplicationExpertise;
import fi.cocreate.forum.entity.ApplicationView;
import fi.cocreate.forum.entity.ForumApplication;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes everything stored about an applicant's applications as JSON (Jakarta JSON-P), for the applicant to keep. */
final class ApplicantDataExport {

    private ApplicantDataExport() {}

    static String toJson(
            String email,
            List<ForumApplication> applications,
            Function<Long, List<ApplicationView>> viewsOf,
            Instant exportedAt) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ForumApplication a : applications) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            o.add("id", a.getId());
            o.add("call", a.getCall().getTitle().toString());
            o.add("status", a.getStatus().name());
            put(o, "language", a.getLanguage());
            put(o, "name", a.getFullName());
            put(o, "email", a.getApplicantEmail());
            put(o, "yearOfBirth", a.getYearOfBirth());
            put(o, "gender", a.getGender());
            put(o, "countryOfBirth", a.getCountryOfBirth());
            put(o, "countryOfOrigin", a.getCountryOfOrigin());
            put(o, "newHomeCountry", a.getNewHomeCountry());
            put(o, "yearOfArrival", a.getYearOfArrival());
            o.add("languages", Json.createArrayBuilder(a.getLanguages()));
            JsonArrayBuilder expertise = Json.createArrayBuilder();
            for (ApplicationExpertise e : a.getExpertiseDetails()) {
                JsonObjectBuilder area =
                        Json.createObjectBuilder().add("area", e.getArea().name());
                put(area, "experience", e.getDescription());
                expertise.add(area);
            }
            o.add("expertise", expertise);
            put(o, "capacity", a.getCapacity());
            put(o, "organisation", a.getOrganisation());
            put(o, "motivation", a.getMotivation());
            put(o, "cvFileName", a.getCvFileName());
            put(o, "consentGivenAt", a.getConsentGivenAt());
            put(o, "createdAt", a.getCreatedAt());
            put(o, "submittedAt", a.getSubmittedAt());
            put(o, "withdrawnAt", a.getWithdrawnAt());
            put(o, "decidedAt", a.getDecidedAt());
            JsonArrayBuilder views = Json.createArrayBuilder();
            for (ApplicationView v : viewsOf.apply(a.getId())) {
                views.add(Json.createObjectBuilder()
                        .add("viewer", v.getViewerEmail())
                        .add("purpose", v.getPurpose().name())
                        .add("at", v.getViewedAt().toString()));
            }
            o.add("viewedBy", views);
            list.add(o);
        }
        JsonObject root = Json.createObjectBuilder()
                .add("account", email)
                .add("exportedAt", exportedAt.toString())
                .add("applications", list)
                .build();
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(root);
        }
        return out.toString();
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        if (value == null) {
            o.addNull(name);
        } else if (value instanceof Integer number) {
            o.add(name, number);
        } else {
            o.add(name, value.toString());
        }
    }
}
