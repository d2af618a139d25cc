package fi.cocreate.testing;

import fi.cocreate.consultation.boundary.SummaryPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link SummaryPublished} event fired in the test deployment, so tests can check it was fired. */
@ApplicationScoped
public class SummaryPublishedRecorder {

    private final List<Long> published = new CopyOnWriteArrayList<>();

    void record(@Observes SummaryPublished event) {
        published.add(event.consultationId());
    }

    public List<Long> published() {
        return List.copyOf(published);
    }
}
