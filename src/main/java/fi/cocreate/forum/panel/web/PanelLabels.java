package fi.cocreate.forum.panel.web;

import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.control.CandidateDecision;
import fi.cocreate.forum.control.DiversityRule;
import fi.cocreate.forum.control.RuleViolation;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.control.SelectionStatus;
import fi.cocreate.forum.panel.control.SelectionDimension;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the codes of the panel and the solver (countries, languages, dimension values, reasons, violations) into text
 * in the reader's language, for the pages.
 */
@Named
@RequestScoped
public class PanelLabels {

    @Inject
    LocaleSelection localeSelection;

    private Locale locale() {
        return localeSelection.getLocale();
    }

    public String country(String code) {
        return code == null || code.isBlank() ? "" : new Locale("", code).getDisplayCountry(locale());
    }

    public String languages(List<String> codes) {
        return codes == null
                ? ""
                : codes.stream()
                        .map(c -> Locale.forLanguageTag(c).getDisplayLanguage(locale()))
                        .collect(Collectors.joining(", "));
    }

    public String dimension(SelectionDimension dimension) {
        return Notices.text(locale(), "panel.dimension." + dimension.code());
    }

    /** The label of a value in a dimension, e.g. "Education", "Woman", "30–39", "Iceland". */
    public String value(String dimension, String value) {
        return switch (SelectionDimension.ofCode(dimension)) {
            case AREA -> Notices.text(locale(), "forum.area." + value);
            case GENDER -> Notices.text(locale(), "forum.gender." + value);
            case AGE_BAND -> Notices.text(locale(), "panel.age." + value);
            case REGION_OF_ORIGIN -> Notices.text(locale(), "panel.region." + value);
            case HOME_COUNTRY -> country(value);
        };
    }

    public String rule(DiversityRule rule) {
        String what =
                dimension(SelectionDimension.ofCode(rule.dimension())) + ": " + value(rule.dimension(), rule.value());
        if (rule.hasMinimum() && rule.hasMaximum()) {
            return Notices.text(locale(), "panel.rule.between", what, rule.minimum(), rule.maximum());
        }
        return rule.hasMinimum()
                ? Notices.text(locale(), "panel.rule.atLeast", what, rule.minimum())
                : Notices.text(locale(), "panel.rule.atMost", what, rule.maximum());
    }

    /** Why a candidate is in or out, with the rules involved. */
    public String reason(CandidateDecision decision) {
        if (decision == null) {
            return "";
        }
        String text = Notices.text(locale(), "panel.reason." + decision.reason());
        if (decision.rules().isEmpty()) {
            return text;
        }
        return text + " " + decision.rules().stream().map(this::rule).collect(Collectors.joining("; "));
    }

    /** A failing rule or lock, naming the rule and by how much it fails. */
    public String violation(RuleViolation violation) {
        String rule = violation.rule() == null ? "" : rule(violation.rule());
        String dimension =
                violation.dimension() == null ? "" : dimension(SelectionDimension.ofCode(violation.dimension()));
        return Notices.text(
                locale(),
                "panel.violation." + violation.kind(),
                rule,
                violation.limit(),
                violation.possible(),
                violation.amount(),
                dimension,
                String.join(", ", violation.candidateIds()));
    }

    /** What one limit of a conflicting set must give: "lower the minimum of "…" from 5 to 2 (by 3)". */
    public String give(RuleViolation give) {
        return Notices.text(
                locale(), "panel.give." + give.kind(), rule(give.rule()), give.limit(), give.possible(), give.amount());
    }

    /** For a result cut by the time limit: the proven bound and how far below it the group can be; else empty. */
    public String gap(SelectionResult result) {
        if (result.status() != SelectionStatus.FEASIBLE || result.gap().isEmpty()) {
            return "";
        }
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale());
        number.setMaximumFractionDigits(4);
        java.text.NumberFormat percent = java.text.NumberFormat.getNumberInstance(locale());
        percent.setMaximumFractionDigits(2);
        return Notices.text(
                locale(),
                "panel.selection.gap",
                number.format(result.bestBound()),
                number.format(result.gap().get()),
                percent.format(100 * result.relativeGap().orElse(0.0)));
    }

    /** A total or difference of scores, two decimals in the page's language; empty for none. */
    public String points(Double value) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale());
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        return number.format(value);
    }
}
