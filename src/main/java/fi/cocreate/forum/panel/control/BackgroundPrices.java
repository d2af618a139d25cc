package fi.cocreate.forum.panel.control;

import fi.cocreate.forum.control.SelectionProblem;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.control.SelectionStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The price of diversity ({@link DiversityPrice}) computed off the staff request: one more solve per rule is seconds
 * to tens of seconds at 20,000 applicants (docs/benchmarks.md), so the page shows the group at once and the price when
 * it is ready. Each (call, problem) is priced once, in the background on the given executor; a request waits for it
 * at most a given time (a small call's price is ready within it, so its page shows it at once) and otherwise answers
 * "not yet". At most {@code perCall} problems are kept per call, least recently asked first out; a job that drops out
 * (the rules or scores changed meanwhile) is cancelled and stops before its next re-solve.
 *
 * <p>Thread-safe.
 */
public final class BackgroundPrices {

    private final Executor executor;
    private final int perCall;
    private final Map<Long, Map<SelectionProblem, FutureTask<DiversityPrice.Report>>> jobs = new ConcurrentHashMap<>();

    public BackgroundPrices(Executor executor, int perCall) {
        this.executor = Objects.requireNonNull(executor, "executor");
        if (perCall < 1) {
            throw new IllegalArgumentException("perCall must be at least 1");
        }
        this.perCall = perCall;
    }

    /**
     * The price of the rules of {@code problem}, whose selection is {@code result}: at once when known or when the
     * result has no price (not proven optimal), otherwise after waiting at most {@code wait} for the background job
     * (started on the first ask); empty while it is still running.
     *
     * @param solver solves a problem without one rule (the selector through its cache)
     * @throws IllegalStateException when the job failed (it is forgotten, so the next ask starts it again)
     */
    public Optional<DiversityPrice.Report> price(
            long callId,
            SelectionProblem problem,
            SelectionResult result,
            Function<SelectionProblem, SelectionResult> solver,
            Duration wait) {
        if (result.status() != SelectionStatus.OPTIMAL || result.scoreOnlyIds().isEmpty()) {
            return Optional.of(DiversityPrice.of(problem, result, solver)); // no re-solve: nothing to price
        }
        Map<SelectionProblem, FutureTask<DiversityPrice.Report>> kept = kept(callId);
        FutureTask<DiversityPrice.Report> job;
        boolean started = false;
        synchronized (kept) {
            job = kept.get(problem);
            if (job == null) {
                job = new FutureTask<>(() -> DiversityPrice.of(problem, result, p -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("the price of a problem nobody asks for any more");
                    }
                    return solver.apply(p);
                }));
                kept.put(problem, job);
                started = true;
            }
        }
        if (started) {
            executor.execute(job);
        }
        try {
            if (wait.isZero() || wait.isNegative()) {
                return job.isDone() ? Optional.of(job.get()) : Optional.empty();
            }
            return Optional.of(job.get(wait.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (CancellationException e) {
            return Optional.empty(); // dropped for newer problems of the call: the next ask starts it again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            synchronized (kept) {
                kept.remove(problem, job);
            }
            throw new IllegalStateException("The price of the rules could not be computed", e.getCause());
        }
    }

    /** Whether a price job for this problem is kept (running or done). */
    public boolean has(long callId, SelectionProblem problem) {
        Map<SelectionProblem, FutureTask<DiversityPrice.Report>> kept = kept(callId);
        synchronized (kept) {
            return kept.containsKey(problem);
        }
    }

    private Map<SelectionProblem, FutureTask<DiversityPrice.Report>> kept(long callId) {
        return jobs.computeIfAbsent(callId, id -> new LinkedHashMap<>(8, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<SelectionProblem, FutureTask<DiversityPrice.Report>> eldest) {
                if (size() > perCall) {
                    eldest.getValue().cancel(true);
                    return true;
                }
                return false;
            }
        });
    }
}
