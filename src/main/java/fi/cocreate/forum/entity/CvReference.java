package fi.cocreate.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Which CV an application has: the file's name as the applicant gave it and its size (the bytes are elsewhere). */
@Embeddable
public class CvReference implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "cv_file_name", length = 255)
    private String fileName;

    @Column(name = "cv_size")
    private Integer size;

    protected CvReference() {}

    CvReference(String fileName, int size) {
        this.fileName = Objects.requireNonNull(fileName, "File name is required.");
        this.size = size;
    }

    public String getFileName() {
        return fileName;
    }

    public Integer getSize() {
        return size;
    }
}
