package fi.cocreate.forum.panel.boundary;

import fi.cocreate.forum.control.ForumSelector;
import fi.cocreate.forum.control.SelectionProblem;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.panel.control.BackgroundPrices;
import fi.cocreate.forum.panel.control.DiversityPrice;
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
 * <p>It also keeps the price of the rules per problem ({@link BackgroundPrices}): one more solve per rule takes
 * seconds to tens of seconds at 20,000 applicants, so it runs in the background and a staff request waits for it at
 * most {@code SELECTION_PRICE_WAIT_SECONDS} (default 2); the page shows the group at once and the price when ready.
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

    @Inject
    @ConfigProperty(name = "SELECTION_PRICE_WAIT_SECONDS", defaultValue = "2")
    double priceWaitSeconds;

    private ForumSelector selector;

    private BackgroundPrices prices;

    /**
     * The shortest limit the app promises to keep within 10 %: below a second, the scheduling delays of a loaded
     * 2-core server are a larger share than that (docs/benchmarks.md: 0.3 s overran by 23 % and 0.5 s by 110 % at load
     * 6.5, while 1 s kept within 3 % and 2 s within 0 %).
     */
    static final double SHORTEST_LIMIT_SECONDS = 1.0;

    @PostConstruct
    void start() {
        if (timeLimitSeconds < SHORTEST_LIMIT_SECONDS) {
            LOG.warning(() -> "SELECTION_TIME_LIMIT_SECONDS=" + timeLimitSeconds + " is below the shortest limit the"
                    + " solver keeps; using " + SHORTEST_LIMIT_SECONDS + " s");
        }
        double limit = Math.max(SHORTEST_LIMIT_SECONDS, timeLimitSeconds);
        selector = new ForumSelector(Duration.ofMillis(Math.round(limit * 1000)));
        prices = new BackgroundPrices(executor, 4);
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

    /**
     * The price of the rules of this problem ({@link DiversityPrice}, each re-solve through this cache), computed in
     * the background: waits for it at most {@code SELECTION_PRICE_WAIT_SECONDS}; empty while it is still running.
     */
    public Optional<DiversityPrice.Report> price(long callId, SelectionProblem problem, SelectionResult result) {
        Duration wait = Duration.ofMillis(Math.round(priceWaitSeconds * 1000));
        // A small call (one solve per rule well within the wait, even on a loaded machine) is priced right here, so
        // that its page always shows the price; only a price that may take longer goes to the background.
        if (result.solveTime().multipliedBy(problem.rules().size() + 1L).compareTo(wait.dividedBy(4)) <= 0) {
            return Optional.of(DiversityPrice.of(problem, result, p -> select(callId, p)));
        }
        return prices.price(callId, problem, result, p -> select(callId, p), wait);
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
