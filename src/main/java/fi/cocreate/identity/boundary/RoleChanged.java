package fi.cocreate.identity.boundary;

import fi.cocreate.identity.entity.Role;

/**
 * Fired (synchronously, in the transaction of the change) when an administrator grants or revokes a role, so that the
 * audit log, which depends on identity and not the other way round, records it.
 */
public record RoleChanged(long accountId, String accountEmail, Role role, boolean granted) {}
