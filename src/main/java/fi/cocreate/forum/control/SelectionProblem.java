package fi.cocreate.forum.control;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the {@link ForumSelector} needs to pick a forum: the candidates, the exact forum size, the
 * diversity rules and the panel's locks.
 *
 * <p>Structural mistakes (duplicate candidate ids, two rules for the same dimension and value, locks on
 * unknown candidates, a forum size below 1) are programming or data errors and throw
 * {@link IllegalArgumentException} here. Everything that can legitimately happen while a panel edits its
 * rules, including a candidate locked both in and out, is accepted and reported by the selector as a
 * rule violation instead.
 *
 * @param candidates all applicants that can be considered (unscored applications should not be included)
 * @param forumSize  exact number of members to select, at least 1
 * @param rules      diversity rules, at most one per (dimension, value)
 * @param lockedIn   ids that must be selected
 * @param lockedOut  ids that must not be selected
 */
public record SelectionProblem(
        List<Candidate> candidates,
        int forumSize,
        List<DiversityRule> rules,
        Set<String> lockedIn,
        Set<String> lockedOut) {

    public SelectionProblem {
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        lockedIn = Set.copyOf(Objects.requireNonNull(lockedIn, "lockedIn"));
        lockedOut = Set.copyOf(Objects.requireNonNull(lockedOut, "lockedOut"));
        if (forumSize < 1) {
            throw new IllegalArgumentException("forum size must be at least 1, was " + forumSize);
        }
        Set<String> ids = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!ids.add(candidate.id())) {
                throw new IllegalArgumentException("duplicate candidate id: " + candidate.id());
            }
        }
        Set<String> ruleKeys = new HashSet<>();
        for (DiversityRule rule : rules) {
            if (!ruleKeys.add(rule.key())) {
                throw new IllegalArgumentException("more than one rule for " + rule.key()
                        + ": combine them into one rule with both minimum and maximum");
            }
        }
        for (String id : lockedIn) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("locked-in id is not a candidate: " + id);
            }
        }
        for (String id : lockedOut) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("locked-out id is not a candidate: " + id);
            }
        }
    }

    /** A problem without locks. */
    public static SelectionProblem of(
            Collection<Candidate> candidates, int forumSize, Collection<DiversityRule> rules) {
        return new SelectionProblem(List.copyOf(candidates), forumSize, List.copyOf(rules), Set.of(), Set.of());
    }

    /** A copy with these candidates locked in, in addition to the current ones. */
    public SelectionProblem withLockedIn(String... ids) {
        Set<String> in = new LinkedHashSet<>(lockedIn);
        in.addAll(List.of(ids));
        return new SelectionProblem(candidates, forumSize, rules, in, lockedOut);
    }

    /** A copy with these candidates locked out, in addition to the current ones. */
    public SelectionProblem withLockedOut(String... ids) {
        Set<String> out = new LinkedHashSet<>(lockedOut);
        out.addAll(List.of(ids));
        return new SelectionProblem(candidates, forumSize, rules, lockedIn, out);
    }

    /** The candidate with this id, if any. */
    public Optional<Candidate> candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
