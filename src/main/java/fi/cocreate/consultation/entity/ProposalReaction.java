package fi.cocreate.consultation.entity;

/**
 * The ministry's answer to one proposal of a response, as Finnish consultation guidance asks: was it taken into
 * account, and why (or why not). Labels: {@code proposalReaction.NAME} in {@code i18n.consultation}; the public
 * summary groups the proposals in this order.
 */
public enum ProposalReaction {
    ADOPTED,
    PARTLY_ADOPTED,
    NOT_ADOPTED,
    OUT_OF_SCOPE;

    /** An adopted proposal speaks for itself; every other reaction must say why. */
    public boolean needsReason() {
        return this != ADOPTED;
    }
}
