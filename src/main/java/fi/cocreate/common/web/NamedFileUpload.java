package fi.cocreate.common.web;

import jakarta.faces.application.ResourceDependency;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.util.FileUploadUtils;

/**
 * PrimeFaces' file upload without its rule that a file name must be a valid Linux path name, which refuses
 * legitimate names such as {@code Lausunto "luonnos".pdf} or {@code Muistio: kevät.pdf}. The app never uses a
 * submitted name as a path (attachments are stored in the database); it keeps a name only through
 * {@code Attachments.displayName} and {@code CvPolicy}, which turn separators, reserved and control characters into
 * "_". An empty name is still refused, in the user's language. Registered for every {@code p:fileUpload} in
 * faces-config.xml; the resources are PrimeFaces' own (annotations on a component class are not inherited).
 */
@ResourceDependency(library = "primefaces", name = "components.css")
@ResourceDependency(library = "primefaces", name = "fileupload/fileupload.css")
@ResourceDependency(library = "primefaces", name = "jquery/jquery.js")
@ResourceDependency(library = "primefaces", name = "jquery/jquery-plugins.js")
@ResourceDependency(library = "primefaces", name = "core.js")
@ResourceDependency(library = "primefaces", name = "components.js")
@ResourceDependency(library = "primefaces", name = "fileupload/fileupload.js")
public class NamedFileUpload extends FileUpload {

    @Override
    public void validateFilename(FacesContext context, UploadedFile file) {
        String name = file.getFileName();
        if (name == null || name.isBlank()) {
            FileUploadUtils.requireValidFilename(context, name);
        }
    }
}
