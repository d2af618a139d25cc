package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.Found;
import fi.cocreate.consultation.control.ContainsPattern;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.DeadlineExtension;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Extensions of a consultation's deadline for one organisation: staff grant, change and withdraw them with a reason;
 * the response boundaries ask {@link #closesAt} for the organisation's own deadline. Every change is audited.
 */
@Stateless
public class Extensions {

    /** How many organisations the picker offers for one typed text. */
    public static final int OFFERED = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** An extension as the staff page lists it. */
    public record Row(
            long id,
            long organisationId,
            String organisation,
            Instant until,
            String reason,
            String grantedBy,
            Instant grantedAt,
            long version)
            implements Serializable {}

    /** An organisation the picker offers: its id, name and business id. */
    public record OrganisationChoice(long id, String name, String businessId) implements Serializable {

        /** The name, with the business id when there is one: how the picker shows it. */
        public String label() {
            return businessId == null || businessId.isBlank() ? name : name + " (" + businessId + ")";
        }
    }

    /** When the organisation's responding ends: the consultation's deadline, or later under an extension. */
    public Instant closesAt(Consultation consultation, long organisationId) {
        return extension(consultation.getId(), organisationId)
                .map(DeadlineExtension::getUntil)
                .filter(until -> until.isAfter(consultation.getDeadline()))
                .orElse(consultation.getDeadline());
    }

    public Optional<DeadlineExtension> extension(long consultationId, long organisationId) {
        return em.createNamedQuery(DeadlineExtension.FOR_ORGANISATION, DeadlineExtension.class)
                .setParameter("consultation", consultationId)
                .setParameter("organisation", organisationId)
                .getResultStream()
                .findFirst();
    }

    @RolesRequired({Role.STAFF, Role.ADMIN})
    public List<Row> of(long consultationId) {
        return em.createNamedQuery(DeadlineExtension.OF_CONSULTATION, DeadlineExtension.class)
                .setParameter("consultation", consultationId)
                .getResultStream()
                .map(e -> new Row(
                        e.getId(),
                        e.getOrganisation().getId(),
                        e.getOrganisation().getName(),
                        e.getUntil(),
                        e.getReason(),
                        e.getGrantedBy(),
                        e.getGrantedAt(),
                        e.getVersion()))
                .toList();
    }

    /** Registered organisations whose name or business id contains the typed text, at most {@code limit}. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public List<OrganisationChoice> organisations(String typed, int limit) {
        String pattern = ContainsPattern.of(typed);
        return em.createQuery(
                        "select o.id, o.name, o.businessId from Organisation o where lower(o.name) like :p"
                                + " escape '" + ContainsPattern.ESCAPE + "' or lower(o.businessId) like :p escape '"
                                + ContainsPattern.ESCAPE + "' order by o.name, o.id",
                        Object[].class)
                .setParameter("p", pattern)
                .setMaxResults(limit)
                .getResultStream()
                .map(r -> new OrganisationChoice((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    /** Grants the organisation time until {@code until}, or changes the extension it has; answers the extension. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public DeadlineExtension grant(long consultationId, long organisationId, Instant until, String reason) {
        Consultation consultation = Found.find(em, Consultation.class, consultationId, "extension.notFound");
        Organisation organisation = Found.find(em, Organisation.class, organisationId, "extension.notFound");
        Instant now = clock.instant();
        Optional<DeadlineExtension> existing = extension(consultationId, organisationId);
        DeadlineExtension extension;
        if (existing.isPresent()) {
            extension = existing.get();
            extension.change(until, reason, caller.email().orElseThrow(), now);
        } else {
            extension = new DeadlineExtension(
                    consultation, organisation, until, reason, caller.email().orElseThrow(), now);
            em.persist(extension);
        }
        audit.record(
                AuditAction.EXTENSION_GRANTED,
                consultationId,
                organisation.getName() + " until " + until + ": " + extension.getReason());
        return extension;
    }

    /** Withdraws an extension: the organisation's deadline is the consultation's again. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public void withdraw(long consultationId, long extensionId) {
        DeadlineExtension extension = Found.find(
                em,
                DeadlineExtension.class,
                extensionId,
                e -> e.getConsultation().getId().equals(consultationId),
                "extension.notFound");
        audit.record(
                AuditAction.EXTENSION_WITHDRAWN,
                consultationId,
                extension.getOrganisation().getName());
        em.remove(extension);
    }
}
