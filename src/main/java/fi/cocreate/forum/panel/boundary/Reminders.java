package fi.cocreate.forum.panel.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What "remind those behind" did.
 *
 * @param sent    addresses a reminder was queued to
 * @param skipped panellists behind who were reminded within {@link fi.cocreate.forum.panel.entity.PanelMember#REMINDER_INTERVAL}
 */
public record Reminders(List<String> sent, int skipped) implements Serializable {

    public Reminders {
        sent = List.copyOf(sent);
    }
}
