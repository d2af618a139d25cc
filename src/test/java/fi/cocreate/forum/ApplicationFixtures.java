package fi.cocreate.forum;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import java.time.Instant;
import java.util.List;

/** A complete, eligible application and a call, for unit tests to vary one thing at a time. */
final class ApplicationFixtures {

    static final Instant OPENS = Instant.parse("2021-06-30T21:00:00Z");
    static final Instant CLOSES = Instant.parse("2021-08-31T21:00:00Z");

    private ApplicationFixtures() {}

    static ForumCall call() {
        return new ForumCall(LocalizedText.of("Haku", "Utlysning", "Call"), null, OPENS, CLOSES, 20, OPENS);
    }

    static ApplicationContent complete() {
        ApplicationContent content = new ApplicationContent();
        content.setFullName("Leila Example");
        content.setEmail("leila@example.org");
        content.setYearOfBirth(1985);
        content.setGender(Gender.WOMAN);
        content.setCountryOfBirth("SY");
        content.setCountryOfOrigin("SY");
        content.setNewHomeCountry("FI");
        content.setYearOfArrival(2012);
        content.setLanguages(List.of("ar", "fi", "en"));
        content.setAreas(List.of(ExpertiseArea.EDUCATION));
        content.getDescriptions().put(ExpertiseArea.EDUCATION, "Ten years as a teacher of adult migrants.");
        content.setCapacity(ApplicantCapacity.INDIVIDUAL);
        content.setMotivation("I want to bring the voice of adult learners to Nordic integration policy.");
        content.setConsent(true);
        return content;
    }
}
