package fi.cocreate.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One area of expertise an applicant names, with a short description of their experience in it. */
@Embeddable
public class ApplicationExpertise implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest description of experience in one area. */
    public static final int MAX_DESCRIPTION = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 40)
    private ExpertiseArea area;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    protected ApplicationExpertise() {}

    public ApplicationExpertise(ExpertiseArea area, String description) {
        this.area = Objects.requireNonNull(area, "Area is required.");
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public ExpertiseArea getArea() {
        return area;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationExpertise that
                && area == that.area
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, description);
    }
}
