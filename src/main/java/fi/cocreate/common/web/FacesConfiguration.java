package fi.cocreate.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces' CDI integration (injectable {@code FacesContext}, {@code ExternalContext}, view maps). */
@FacesConfig
@ApplicationScoped
public class FacesConfiguration {}
