package fi.cocreate.forum.control;

/**
 * Over which of a panellist's scores the per-panellist z-score is computed.
 *
 * <p>Normalisation removes the effect of a panellist being generally strict or lenient, or of using a
 * narrow or wide part of the scale, so that the luck of which panellists scored an application matters
 * less.
 */
public enum NormalisationScope {

    /**
     * Default. One mean and standard deviation per panellist, over all their scores on all criteria.
     * Uses the most data per panellist, so it stays stable when a panellist has scored only a few
     * applications; it does not correct for a panellist being strict on one criterion only.
     */
    PER_PANELLIST,

    /**
     * One mean and standard deviation per panellist and criterion, mapped back with that criterion's
     * global mean and standard deviation. Also corrects criterion-specific strictness, but needs each
     * panellist to have scored many applications to be reliable (with few scores, single outliers
     * dominate the statistics).
     */
    PER_PANELLIST_AND_CRITERION
}
