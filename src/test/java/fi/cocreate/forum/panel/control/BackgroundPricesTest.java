package fi.cocreate.forum.panel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.forum.control.Candidate;
import fi.cocreate.forum.control.DiversityRule;
import fi.cocreate.forum.control.ForumSelector;
import fi.cocreate.forum.control.SelectionProblem;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.control.SelectionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The price of the rules off the staff request: started once, waited for briefly, shown when ready. */
class BackgroundPricesTest {

    private static final DiversityRule A_MAN = DiversityRule.atLeast("gender", "MAN", 1);
    private static final DiversityRule FROM_ICELAND = DiversityRule.atLeast("homeCountry", "IS", 1);

    private final ForumSelector selector = new ForumSelector(Duration.ofSeconds(30));
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final AtomicInteger solves = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    /** The selector, but each re-solve waits until the test releases it (a slow solve at 20,000 applicants). */
    private final Function<SelectionProblem, SelectionResult> slow = p -> {
        solves.incrementAndGet();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return selector.select(p);
    };

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    private static SelectionProblem problem(int seats, DiversityRule... rules) {
        return SelectionProblem.of(
                List.of(
                        Candidate.of("1", 10).with("gender", "WOMAN").with("homeCountry", "FI"),
                        Candidate.of("2", 9).with("gender", "WOMAN").with("homeCountry", "SE"),
                        Candidate.of("3", 8).with("gender", "MAN").with("homeCountry", "FI"),
                        Candidate.of("4", 5).with("gender", "MAN").with("homeCountry", "NO"),
                        Candidate.of("5", 4).with("gender", "MAN").with("homeCountry", "IS")),
                seats,
                List.of(rules));
    }

    @Test
    void aSlowPriceIsNotWaitedForIsComputedOnceAndIsShownWhenReady() throws Exception {
        BackgroundPrices prices = new BackgroundPrices(executor, 4);
        SelectionProblem problem = problem(2, A_MAN, FROM_ICELAND);
        SelectionResult result = selector.select(problem);
        assertEquals(SelectionStatus.OPTIMAL, result.status());

        assertEquals(
                Optional.empty(),
                prices.price(7, problem, result, slow, Duration.ofMillis(100)),
                "the page does not wait for the re-solves");
        assertEquals(Optional.empty(), prices.price(7, problem, result, slow, Duration.ZERO));
        assertTrue(prices.has(7, problem));
        release.countDown();
        DiversityPrice.Report report =
                prices.price(7, problem, result, slow, Duration.ofSeconds(30)).orElseThrow();
        assertEquals(5, report.total(), 1e-9);
        assertEquals(4, report.rules().get(1).cost(), 1e-9);
        assertEquals(
                report, prices.price(7, problem, result, slow, Duration.ZERO).orElseThrow(), "kept");
        assertEquals(2, solves.get(), "one background job however often it is asked for: one re-solve per rule");
    }

    @Test
    void aPriceReadyWithinTheWaitIsAnsweredAtOnce() {
        BackgroundPrices prices = new BackgroundPrices(executor, 4);
        SelectionProblem problem = problem(2, A_MAN, FROM_ICELAND);
        SelectionResult result = selector.select(problem);
        Optional<DiversityPrice.Report> report =
                prices.price(7, problem, result, selector::select, Duration.ofSeconds(30));
        assertEquals(5, report.orElseThrow().total(), 1e-9);
    }

    @Test
    void aResultWithoutAProvenGroupHasItsAnswerAtOnceWithoutABackgroundJob() {
        BackgroundPrices prices = new BackgroundPrices(executor, 4);
        SelectionProblem infeasible = problem(2, DiversityRule.atLeast("homeCountry", "IS", 2));
        SelectionResult none = selector.select(infeasible);
        DiversityPrice.Report report =
                prices.price(7, infeasible, none, slow, Duration.ZERO).orElseThrow();
        assertFalse(report.known());
        assertFalse(prices.has(7, infeasible));
        assertEquals(0, solves.get());
    }

    @Test
    void aProblemNobodyAsksForAnyMoreIsDroppedAndAFailedJobIsReportedAndForgotten() {
        BackgroundPrices prices = new BackgroundPrices(executor, 1);
        SelectionProblem first = problem(2, A_MAN, FROM_ICELAND);
        SelectionProblem second = problem(3, A_MAN, FROM_ICELAND);
        assertEquals(Optional.empty(), prices.price(7, first, selector.select(first), slow, Duration.ZERO));
        assertEquals(Optional.empty(), prices.price(7, second, selector.select(second), slow, Duration.ZERO));
        assertFalse(prices.has(7, first), "the rules changed: the old price is dropped (and its job cancelled)");
        assertTrue(prices.has(7, second));
        assertTrue(prices.has(7, second) && !prices.has(8, second), "per call");

        SelectionProblem third = problem(2, FROM_ICELAND);
        Function<SelectionProblem, SelectionResult> failing = p -> {
            throw new IllegalArgumentException("broken");
        };
        BackgroundPrices other = new BackgroundPrices(executor, 4);
        assertThrows(
                IllegalStateException.class,
                () -> other.price(9, third, selector.select(third), failing, Duration.ofSeconds(30)));
        assertFalse(other.has(9, third), "a failed job is forgotten, so the next run tries again");
    }
}
