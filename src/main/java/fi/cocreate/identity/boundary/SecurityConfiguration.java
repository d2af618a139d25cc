package fi.cocreate.identity.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through Jakarta Security: the login page is a Faces page that calls {@code SecurityContext.authenticate};
 * a protected page visited anonymously sends the visitor to it and back afterwards. Roles are declared here and
 * the URL areas they guard are in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "STAFF", "ORG_REP", "APPLICANT", "PANELIST"})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
