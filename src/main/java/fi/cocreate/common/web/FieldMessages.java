package fi.cocreate.common.web;

import jakarta.faces.component.UICommand;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a refusal about one input ({@code BusinessException.about("reason")}) is shown: beside the input of that id
 * next to the button that was pressed, first in the button's own naming container (its row of a table, or its form),
 * then in its form; only if the page has a message for that input. Otherwise the message goes to the top of the page,
 * so it is never lost.
 */
final class FieldMessages {

    /** The request parameter naming the component that sent an AJAX request. */
    static final String AJAX_SOURCE = "jakarta.faces.source";

    private FieldMessages() {}

    /** The client id of the input the message belongs beside, if the page shows a message for it. */
    static Optional<String> clientIdOf(FacesContext context, String field) {
        UIViewRoot root = context.getViewRoot();
        if (root == null) {
            return Optional.empty();
        }
        List<String> candidates = pressed(context)
                .map(button -> candidates(button, field, UINamingContainer.getSeparatorChar(context)))
                .orElse(List.of());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Set<String> shown = messageTargets(context, root);
        return candidates.stream().filter(shown::contains).findFirst();
    }

    /**
     * The client ids the input may have, nearest first: beside the pressed button ({@code proposals:rows:2:answer}
     * and {@code reason} give {@code proposals:rows:2:reason}), then in the button's form ({@code proposals:reason}).
     */
    static List<String> candidates(String button, String field, char separator) {
        List<String> ids = new ArrayList<>();
        int last = button.lastIndexOf(separator);
        if (last > 0) {
            ids.add(button.substring(0, last) + separator + field);
        }
        int first = button.indexOf(separator);
        if (first > 0 && first != last) {
            ids.add(button.substring(0, first) + separator + field);
        }
        return ids;
    }

    /** The client id of the button (or link) that sent this post: AJAX names it, a plain post sends its name. */
    private static Optional<String> pressed(FacesContext context) {
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        String source = parameters.get(AJAX_SOURCE);
        if (source != null && !source.isBlank()) {
            return Optional.of(source);
        }
        for (String name : parameters.keySet()) {
            boolean[] command = {false};
            try {
                context.getViewRoot()
                        .invokeOnComponent(
                                context, name, (c, component) -> command[0] = component instanceof UICommand);
            } catch (RuntimeException e) {
                continue; // not a component's client id
            }
            if (command[0]) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The client ids of the inputs the rendered page has a message for, row by row in tables. */
    private static Set<String> messageTargets(FacesContext context, UIViewRoot root) {
        Set<String> targets = new HashSet<>();
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        root.visitTree(visit, (v, component) -> {
            if (component instanceof UIMessage message && message.getFor() != null) {
                try {
                    UIComponent target = message.findComponent(message.getFor());
                    if (target != null) {
                        targets.add(target.getClientId(v.getFacesContext()));
                    }
                } catch (IllegalArgumentException e) {
                    // a "for" that names no component: that message shows nothing
                }
            }
            return VisitResult.ACCEPT;
        });
        return targets;
    }
}
