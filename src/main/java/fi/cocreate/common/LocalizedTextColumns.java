package fi.cocreate.common;

import java.util.Locale;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The one convention for where a {@link LocalizedText} is stored: an attribute {@code meetingPlan} of type
 * {@code LocalizedText} lives in the columns {@code meeting_plan_fi}, {@code meeting_plan_sv} and
 * {@code meeting_plan_en} of its entity's table. Entities declare a plain {@code @Embedded} attribute; this names the
 * columns when the persistence unit starts, so no entity repeats three {@code @AttributeOverride}s. An attribute that
 * does name its columns (an override) keeps them; a {@code LocalizedText} inside another embeddable must (its table is
 * known only where the embeddable is used), and the unit refuses to start if it does not.
 */
public final class LocalizedTextColumns {

    private LocalizedTextColumns() {}

    /** Gives every embedded {@code LocalizedText} without column overrides the conventional columns. */
    public static void apply(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof AggregateObjectMapping aggregate
                        && (aggregate.getReferenceClass() == LocalizedText.class
                                || LocalizedText.class.getName().equals(aggregate.getReferenceClassName()))
                        && aggregate.getAggregateToSourceFields().isEmpty()) {
                    if (descriptor.isAggregateDescriptor()
                            || descriptor.isAggregateCollectionDescriptor()
                            || descriptor.getTables().isEmpty()) {
                        // An embeddable's table is known only where it is used: it must name the columns itself.
                        throw new IllegalStateException(descriptor.getJavaClassName() + "." + mapping.getAttributeName()
                                + " is a LocalizedText inside an embeddable: name its columns with @AttributeOverride");
                    }
                    DatabaseTable table = descriptor.getTables().get(0);
                    for (String language : LocalizedText.LANGUAGES) {
                        aggregate.addFieldNameTranslation(
                                table.getQualifiedName() + "." + column(aggregate.getAttributeName(), language),
                                language);
                    }
                }
            }
        }
    }

    /** The column of an attribute in a language: {@code meetingPlan} and {@code sv} give {@code meeting_plan_sv}. */
    public static String column(String attribute, String language) {
        StringBuilder name = new StringBuilder();
        for (char c : attribute.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.append('_').append(language.toLowerCase(Locale.ROOT)).toString();
    }
}
