package fi.cocreate.forum.control;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A smallest set of rule limits that cannot all hold together (with the forum size and the locks): leaving out any
 * one of them makes the others satisfiable. Each entry says by how much that one limit must give, the others kept,
 * for the set to hold: a {@link ViolationKind#MINIMUM_NOT_MET} entry lowers the minimum from {@code limit} to
 * {@code possible}, a {@link ViolationKind#MAXIMUM_EXCEEDED} entry raises the maximum from {@code limit} to
 * {@code possible}; {@code amount} is the difference.
 *
 * <p>Example: "at least 5 with homeCountry = Iceland" and "at most 1 with regionOfOrigin = West Africa", when four of
 * the five Icelanders come from West Africa: the minimum must go down to 2 (by 3) or the maximum up to 4 (by 3).
 *
 * @param gives one entry per limit in the set, in rule order
 */
public record RuleConflict(List<RuleViolation> gives) implements Serializable {

    public RuleConflict {
        gives = List.copyOf(Objects.requireNonNull(gives, "gives"));
        if (gives.isEmpty()) {
            throw new IllegalArgumentException("a conflict names at least one rule");
        }
    }

    /** English, for logs: "minimum 5 with homeCountry = Iceland (to 2, by 3) or maximum 1 with ... (to 4, by 3)". */
    public String describe() {
        StringBuilder b = new StringBuilder("these limits cannot all hold; any one must give: ");
        for (int i = 0; i < gives.size(); i++) {
            RuleViolation g = gives.get(i);
            b.append(i == 0 ? "" : " or ")
                    .append(g.kind() == ViolationKind.MINIMUM_NOT_MET ? "minimum " : "maximum ")
                    .append(g.limit())
                    .append(" with ")
                    .append(g.rule().dimension())
                    .append(" = ")
                    .append(g.rule().value())
                    .append(" (to ")
                    .append(g.possible())
                    .append(", by ")
                    .append(g.amount())
                    .append(')');
        }
        return b.toString();
    }
}
