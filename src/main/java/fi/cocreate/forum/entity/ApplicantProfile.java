package fi.cocreate.forum.entity;

import fi.cocreate.common.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * Who the applicant is, as they wrote it in the application: name and address, age, gender, where they come from
 * and where they live now, and in which capacity they apply. {@link #erased()} removes what identifies them and keeps
 * the gender, the new home country and the capacity for statistics.
 */
@Embeddable
public class ApplicantProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "full_name", length = 200)
    private String fullName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "year_of_birth")
    private Integer yearOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Gender gender;

    @Column(name = "country_of_birth", length = 2)
    private String countryOfBirth;

    @Column(name = "country_of_origin", length = 2)
    private String countryOfOrigin;

    @Column(name = "new_home_country", length = 2)
    private String newHomeCountry;

    @Column(name = "year_of_arrival")
    private Integer yearOfArrival;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ApplicantCapacity capacity;

    @Column(length = 300)
    private String organisation;

    @Column(columnDefinition = "TEXT")
    private String motivation;

    protected ApplicantProfile() {}

    /** A new application's profile: the name and address of the account, the rest still to be written. */
    static ApplicantProfile of(String fullName, String email) {
        ApplicantProfile profile = new ApplicantProfile();
        profile.fullName = fullName;
        profile.email = email;
        return profile;
    }

    /** What the applicant wrote, cleaned: names without control characters, blanks as nothing. */
    static ApplicantProfile from(ApplicationContent content) {
        ApplicantProfile profile = new ApplicantProfile();
        profile.fullName = trimmed(PlainText.name(content.getFullName()));
        profile.email = trimmed(content.getEmail());
        profile.yearOfBirth = content.getYearOfBirth();
        profile.gender = content.getGender();
        profile.countryOfBirth = content.getCountryOfBirth();
        profile.countryOfOrigin = content.getCountryOfOrigin();
        profile.newHomeCountry = content.getNewHomeCountry();
        profile.yearOfArrival = content.getYearOfArrival();
        profile.capacity = content.getCapacity();
        profile.organisation =
                profile.capacity == ApplicantCapacity.ORGANISATION ? trimmed(content.getOrganisation()) : null;
        profile.motivation = trimmed(content.getMotivation());
        return profile;
    }

    /** Writes this profile into the form's editable copy. */
    void copyInto(ApplicationContent content) {
        content.setFullName(fullName);
        content.setEmail(email);
        content.setYearOfBirth(yearOfBirth);
        content.setGender(gender);
        content.setCountryOfBirth(countryOfBirth);
        content.setCountryOfOrigin(countryOfOrigin);
        content.setNewHomeCountry(newHomeCountry);
        content.setYearOfArrival(yearOfArrival);
        content.setCapacity(capacity);
        content.setOrganisation(organisation);
        content.setMotivation(motivation);
    }

    /**
     * A copy without anything that identifies the person; the gender, new home country and capacity stay for
     * statistics. A new value rather than a change in place, so the persistence provider sees the change whole.
     */
    ApplicantProfile erased() {
        ApplicantProfile left = new ApplicantProfile();
        left.gender = gender;
        left.newHomeCountry = newHomeCountry;
        left.capacity = capacity;
        return left;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Integer getYearOfBirth() {
        return yearOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public String getCountryOfBirth() {
        return countryOfBirth;
    }

    public String getCountryOfOrigin() {
        return countryOfOrigin;
    }

    public String getNewHomeCountry() {
        return newHomeCountry;
    }

    public Integer getYearOfArrival() {
        return yearOfArrival;
    }

    public ApplicantCapacity getCapacity() {
        return capacity;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getMotivation() {
        return motivation;
    }
}
