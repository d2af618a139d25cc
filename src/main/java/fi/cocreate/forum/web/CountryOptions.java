package fi.cocreate.forum.web;

import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.forum.entity.NordicRegion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Countries (ISO 3166) and languages (ISO 639) for the application form, named in the reader's language and sorted
 * by that name.
 */
@Named
@RequestScoped
public class CountryOptions {

    @Inject
    LocaleSelection localeSelection;

    private List<SelectItem> countries;
    private List<SelectItem> languages;

    public List<SelectItem> getCountries() {
        if (countries == null) {
            countries = sorted(Arrays.stream(Locale.getISOCountries())
                    .map(code -> item(code, countryName(code)))
                    .toList());
        }
        return countries;
    }

    /** The new home countries on offer: the Nordic countries and autonomous areas, in the fixed order. */
    public List<SelectItem> getNordicCountries() {
        return NordicRegion.CODES.stream()
                .map(code -> item(code, countryName(code)))
                .toList();
    }

    public List<SelectItem> getLanguages() {
        if (languages == null) {
            languages = sorted(Arrays.stream(Locale.getISOLanguages())
                    .map(code -> item(code, languageName(code)))
                    .filter(i -> !i.getLabel().equals(i.getValue()))
                    .toList());
        }
        return languages;
    }

    public String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(localeSelection.getLocale());
    }

    public String languageName(String code) {
        return code == null ? "" : new Locale(code).getDisplayLanguage(localeSelection.getLocale());
    }

    private static SelectItem item(String code, String label) {
        return new SelectItem(code, label);
    }

    private List<SelectItem> sorted(List<SelectItem> items) {
        Collator collator = Collator.getInstance(localeSelection.getLocale());
        return items.stream()
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }
}
