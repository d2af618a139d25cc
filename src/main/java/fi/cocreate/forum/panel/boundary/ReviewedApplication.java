package fi.cocreate.forum.panel.boundary;

import fi.cocreate.forum.entity.ForumApplication;
import java.io.Serializable;
import java.util.List;

/**
 * One application as the panel sees it. In a blind call before staff reveal the applicants, the boundary builds it
 * {@linkplain #blind(ForumApplication) blind}: no name, year of birth, gender, country of origin, new home country,
 * year of arrival or organisation (the fields are null), and no CV, whose file and name would say who applied. The
 * values are not in the object the page gets, so no page can show them. The selection still uses them: it reads the
 * application itself, never this view.
 *
 * @param hidden      true when the identity and diversity attributes were left out
 * @param cvAvailable the CV may be opened from the review page (attached, and not hidden)
 */
public record ReviewedApplication(
        long id,
        boolean hidden,
        String fullName,
        Integer yearOfBirth,
        String gender,
        String countryOfOrigin,
        String newHomeCountry,
        Integer yearOfArrival,
        List<String> languages,
        String organisation,
        List<Expertise> expertiseDetails,
        String motivation,
        boolean cvAvailable)
        implements Serializable {

    /** One area of expertise with the applicant's description of it. */
    public record Expertise(String area, String description) implements Serializable {}

    public ReviewedApplication {
        languages = List.copyOf(languages);
        expertiseDetails = List.copyOf(expertiseDetails);
    }

    /** Everything the panel may see of the application. */
    public static ReviewedApplication open(ForumApplication a) {
        return new ReviewedApplication(
                a.getId(),
                false,
                a.getFullName(),
                a.getYearOfBirth(),
                a.getGender() == null ? null : a.getGender().name(),
                a.getCountryOfOrigin(),
                a.getNewHomeCountry(),
                a.getYearOfArrival(),
                a.getLanguages(),
                a.getOrganisation(),
                expertise(a),
                a.getMotivation(),
                a.isCvAttached());
    }

    /** The application without who applied and without the attributes the selection's diversity rules use. */
    public static ReviewedApplication blind(ForumApplication a) {
        return new ReviewedApplication(
                a.getId(),
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                a.getLanguages(),
                null,
                expertise(a),
                a.getMotivation(),
                false);
    }

    private static List<Expertise> expertise(ForumApplication a) {
        return a.getExpertiseDetails().stream()
                .map(x -> new Expertise(x.getArea().name(), x.getDescription()))
                .toList();
    }
}
