package fi.cocreate.forum.panel.boundary;

import fi.cocreate.forum.control.ForumSelector;
import fi.cocreate.forum.control.SelectionProblem;
import fi.cocreate.forum.control.SelectionResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last selection results per call, so that the staff page never waits for a solve whose answer is known: the key
 * is the call id and the whole {@link SelectionProblem} (candidates with their scores and attributes, forum size, rules,
 * locks), compared by value, so any change of a score, rule or lock misses the cache. Up to {@link #PER_CALL} problems
 * are kept per call, least recently used dropped first: the run itself and its re-solves without each rule (the price
 * of diversity) all stay. Results cut by the time limit (FEASIBLE, UNKNOWN) are not kept: running again may do better.
 *
 * <p>At deployment it also loads the solver's native library in the background ({@link ForumSelector#warmUp}), so
 * that the first selection after a restart is not the slow one. The time limit of a solve is
 * {@code SELECTION_TIME_LIMIT_SECONDS} (default 60).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SelectionCache {

    private static final Logger LOG = Logger.getLogger(SelectionCache.class.getName());

    /** Problems kept per call: a run with up to this many rules minus one keeps every re-solve of its price. */
    static final int PER_CALL = 24;

    private final Map<Long, Map<SelectionProblem, SelectionResult>> last = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "SELECTION_TIME_LIMIT_SECONDS", defaultValue = "60")
    double timeLimitSeconds;

    private ForumSelector selector;

    @PostConstruct
    void start() {
        selector = new ForumSelector(Duration.ofMillis(Math.round(timeLimitSeconds * 1000)));
        executor.execute(() -> {
            try {
                ForumSelector.warmUp();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.SEVERE, "The selection solver could not be loaded", e);
            }
        });
    }

    /** The result for this problem: the kept one if the problem is unchanged, otherwise a fresh solve. */
    public SelectionResult select(long callId, SelectionProblem problem) {
        Map<SelectionProblem, SelectionResult> kept = kept(callId);
        SelectionResult known;
        synchronized (kept) {
            known = kept.get(problem);
        }
        if (known != null) {
            return known;
        }
        SelectionResult result = selector.select(problem);
        synchronized (kept) {
            switch (result.status()) {
                case OPTIMAL, INFEASIBLE -> kept.put(problem, result);
                default -> kept.remove(problem);
            }
        }
        return result;
    }

    /** The kept result for the call if it still answers this problem. */
    public Optional<SelectionResult> cached(long callId, SelectionProblem problem) {
        Map<SelectionProblem, SelectionResult> kept = kept(callId);
        synchronized (kept) {
            return Optional.ofNullable(kept.get(problem));
        }
    }

    private Map<SelectionProblem, SelectionResult> kept(long callId) {
        return last.computeIfAbsent(callId, id -> new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<SelectionProblem, SelectionResult> eldest) {
                return size() > PER_CALL;
            }
        });
    }
}
