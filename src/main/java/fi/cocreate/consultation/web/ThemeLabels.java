package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Formats;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.OwnThemes;
import fi.cocreate.consultation.entity.Theme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A theme's name on a page ({@code #{themeLabels.of(t)}}): a seed theme's from the bundle, a consultation's own
 * from its record's label in the page's language, each own label read once per request. Escaped by the page like any
 * other text.
 */
@Named
@RequestScoped
public class ThemeLabels {

    @Inject
    OwnThemes ownThemes;

    @Inject
    Formats formats;

    private final Map<Long, Optional<LocalizedText>> own = new HashMap<>();

    public String of(Theme theme) {
        if (theme == null) {
            return "";
        }
        if (!theme.isOwn()) {
            return Notices.text(theme.labelKey());
        }
        return own.computeIfAbsent(theme.ownId(), id -> Optional.ofNullable(ownThemes.label(id)))
                .map(formats::text)
                .orElse(theme.name());
    }
}
