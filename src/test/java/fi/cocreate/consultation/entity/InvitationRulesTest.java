package fi.cocreate.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.entity.Account;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationRulesTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Organisation organisation =
            new Organisation("Kutsujat ry", null, "123", OrganisationType.ASSOCIATION, now);
    private final Account inviter = new Account("inviter@example.test", "Inviter", "hash", "fi", now);

    @Test
    void anInvitationCanBeAcceptedOnlyByTheAccountOfTheAddressItWasSentTo() {
        OrganisationInvitation invitation =
                new OrganisationInvitation(organisation, "Colleague@Example.test", "h", inviter, now);
        Account stranger = new Account("stranger@example.test", "Stranger", "hash", "fi", now);
        BusinessException refused =
                assertThrows(BusinessException.class, () -> invitation.accept(stranger, now.plusSeconds(60)));
        assertEquals("organisation.invitationForAnother", refused.getMessageKey());
        assertTrue(invitation.getAcceptedAt() == null, "the link still works for the invitee");

        Account colleague = new Account("colleague@example.test", "Colleague", "hash", "fi", now);
        invitation.accept(colleague, now.plusSeconds(120));
        assertEquals(now.plusSeconds(120), invitation.getAcceptedAt());
    }
}
