package fi.cocreate.forum.panel.boundary;

import java.io.Serializable;

/**
 * One application on a panellist's list: who applied and how far the panellist's own scoring is.
 *
 * @param state NOT_STARTED, DRAFT or SUBMITTED
 */
public record AssignedApplication(long applicationId, String applicantName, String state) implements Serializable {}
