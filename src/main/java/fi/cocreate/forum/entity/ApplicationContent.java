package fi.cocreate.forum.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an applicant writes in an application, as one value that the form edits and the entity takes over whole
 * ({@link ForumApplication#fill}). It may be incomplete while the application is a draft; the rules in
 * {@code forum.control.ApplicationRules} say what is missing.
 */
public class ApplicationContent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest motivation, in characters. */
    public static final int MAX_MOTIVATION = 3000;

    private String fullName;
    private String email;
    private Integer yearOfBirth;
    private Gender gender;
    private String countryOfBirth;
    private String countryOfOrigin;
    private String newHomeCountry;
    private Integer yearOfArrival;
    private List<String> languages = new ArrayList<>();
    private List<ExpertiseArea> areas = new ArrayList<>();
    private Map<ExpertiseArea, String> descriptions = new EnumMap<>(ExpertiseArea.class);
    private ApplicantCapacity capacity;
    private String organisation;
    private String motivation;
    private boolean consent;

    /** The named areas with their descriptions, in the areas' natural order. */
    public List<ApplicationExpertise> expertise() {
        List<ExpertiseArea> sorted = new ArrayList<>(areas);
        sorted.sort(null);
        List<ApplicationExpertise> result = new ArrayList<>();
        for (ExpertiseArea area : sorted) {
            result.add(new ApplicationExpertise(area, descriptions.get(area)));
        }
        return result;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getYearOfBirth() {
        return yearOfBirth;
    }

    public void setYearOfBirth(Integer yearOfBirth) {
        this.yearOfBirth = yearOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getCountryOfBirth() {
        return countryOfBirth;
    }

    public void setCountryOfBirth(String countryOfBirth) {
        this.countryOfBirth = countryOfBirth;
    }

    public String getCountryOfOrigin() {
        return countryOfOrigin;
    }

    public void setCountryOfOrigin(String countryOfOrigin) {
        this.countryOfOrigin = countryOfOrigin;
    }

    public String getNewHomeCountry() {
        return newHomeCountry;
    }

    public void setNewHomeCountry(String newHomeCountry) {
        this.newHomeCountry = newHomeCountry;
    }

    public Integer getYearOfArrival() {
        return yearOfArrival;
    }

    public void setYearOfArrival(Integer yearOfArrival) {
        this.yearOfArrival = yearOfArrival;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public List<ExpertiseArea> getAreas() {
        return areas;
    }

    public void setAreas(List<ExpertiseArea> areas) {
        this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
    }

    public Map<ExpertiseArea, String> getDescriptions() {
        return descriptions;
    }

    public void setDescriptions(Map<ExpertiseArea, String> descriptions) {
        this.descriptions = new EnumMap<>(ExpertiseArea.class);
        if (descriptions != null) {
            this.descriptions.putAll(descriptions);
        }
    }

    public ApplicantCapacity getCapacity() {
        return capacity;
    }

    public void setCapacity(ApplicantCapacity capacity) {
        this.capacity = capacity;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
