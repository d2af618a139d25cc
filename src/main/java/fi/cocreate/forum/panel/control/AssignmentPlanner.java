package fi.cocreate.forum.panel.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assigns applications to panellists so that each application is scored by at least {@code N} panellists, no
 * panellist gets an application they may not score (declared conflict, or an assignment staff removed), and the
 * panellists' loads are as even as possible.
 *
 * <p><b>How:</b> a min-cost flow. Each application asks for the reviewers it still lacks; each allowed
 * (application, panellist) pair can carry one assignment; a panellist's k-th assignment in total costs
 * {@code 2k − 1}, so the cost of a plan is the sum of the squared loads. The flow is maximal first (the most coverage
 * that the conflicts allow) and then of least cost. Because the squared loads are smallest exactly when the loads
 * are as equal as they can be, loads differ by at most one whenever the conflicts allow that at all; and without
 * conflicts they always do. Existing assignments are kept and count towards coverage and load.
 *
 * <p>Deterministic: the same input in the same order always gives the same plan.
 */
public final class AssignmentPlanner {

    /** One application given to one panellist. */
    public record Pair(String applicationId, String panellistId) {
        public Pair {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(panellistId, "panellistId");
        }
    }

    /**
     * @param added     assignments to create, in application order
     * @param shortfall applications that still have fewer than N reviewers (because too few panellists may score
     *                  them), with the number missing
     * @param loads     every panellist's number of assignments after the plan, in the given order
     */
    public record Plan(List<Pair> added, Map<String, Integer> shortfall, Map<String, Integer> loads) {
        public Plan {
            added = List.copyOf(added);
            shortfall = Map.copyOf(shortfall);
            loads = Map.copyOf(loads);
        }

        public int maxLoad() {
            return loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        public int minLoad() {
            return loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        }
    }

    private AssignmentPlanner() {}

    /**
     * @param applications application ids, in a stable order
     * @param panellists   panellist ids, in a stable order
     * @param reviewers    N, the reviewers each application needs
     * @param existing     current assignments, kept as they are (pairs that are also blocked are ignored)
     * @param blocked      pairs that must never be assigned (conflicts of interest, assignments staff removed)
     */
    public static Plan plan(
            List<String> applications,
            List<String> panellists,
            int reviewers,
            Collection<Pair> existing,
            Collection<Pair> blocked) {
        if (reviewers < 1) {
            throw new IllegalArgumentException("reviewers per application must be at least 1, was " + reviewers);
        }
        List<String> apps = List.copyOf(new LinkedHashSet<>(applications));
        List<String> people = List.copyOf(new LinkedHashSet<>(panellists));
        Set<Pair> forbidden = new HashSet<>(blocked);
        Set<Pair> kept = new HashSet<>();
        Map<String, Integer> load = new LinkedHashMap<>();
        people.forEach(p -> load.put(p, 0));
        Map<String, Integer> coverage = new HashMap<>();
        for (Pair pair : existing) {
            if (!forbidden.contains(pair)
                    && load.containsKey(pair.panellistId())
                    && apps.contains(pair.applicationId())
                    && kept.add(pair)) {
                load.merge(pair.panellistId(), 1, Integer::sum);
                coverage.merge(pair.applicationId(), 1, Integer::sum);
            }
        }

        int a = apps.size();
        int p = people.size();
        int source = 0;
        int sink = a + p + 1;
        Network net = new Network(a + p + 2);
        int totalNeed = 0;
        int[] eligible = new int[p];
        Map<Integer, Pair> pairOfEdge = new HashMap<>();
        for (int i = 0; i < a; i++) {
            String app = apps.get(i);
            int need = Math.max(0, reviewers - coverage.getOrDefault(app, 0));
            if (need == 0) {
                continue;
            }
            totalNeed += need;
            net.add(source, 1 + i, need, 0);
            for (int j = 0; j < p; j++) {
                Pair pair = new Pair(app, people.get(j));
                if (!forbidden.contains(pair) && !kept.contains(pair)) {
                    pairOfEdge.put(net.add(1 + i, 1 + a + j, 1, 0), pair);
                    eligible[j]++;
                }
            }
        }
        for (int j = 0; j < p; j++) {
            int base = load.get(people.get(j));
            int units = Math.min(totalNeed, eligible[j]);
            for (int k = 1; k <= units; k++) {
                net.add(1 + a + j, sink, 1, 2L * (base + k) - 1);
            }
        }
        net.minCostMaxFlow(source, sink);

        List<Pair> added = new ArrayList<>();
        pairOfEdge.entrySet().stream()
                .filter(e -> net.flow(e.getKey()) > 0)
                .map(Map.Entry::getValue)
                .sorted((x, y) -> {
                    int c = Integer.compare(apps.indexOf(x.applicationId()), apps.indexOf(y.applicationId()));
                    return c != 0
                            ? c
                            : Integer.compare(people.indexOf(x.panellistId()), people.indexOf(y.panellistId()));
                })
                .forEach(pair -> {
                    added.add(pair);
                    load.merge(pair.panellistId(), 1, Integer::sum);
                    coverage.merge(pair.applicationId(), 1, Integer::sum);
                });
        Map<String, Integer> shortfall = new LinkedHashMap<>();
        for (String app : apps) {
            int missing = reviewers - coverage.getOrDefault(app, 0);
            if (missing > 0) {
                shortfall.put(app, missing);
            }
        }
        return new Plan(added, shortfall, load);
    }

    /** A small residual network for successive shortest paths (Bellman-Ford queue variant). */
    private static final class Network {
        private final int nodes;
        private int[] head;
        private int[] to = new int[16];
        private int[] next = new int[16];
        private int[] cap = new int[16];
        private long[] cost = new long[16];
        private int edges;

        Network(int nodes) {
            this.nodes = nodes;
            this.head = new int[nodes];
            Arrays.fill(head, -1);
        }

        /** Adds an edge and its reverse; returns the forward edge's index. */
        int add(int u, int v, int capacity, long c) {
            int e = edges;
            push(u, v, capacity, c);
            push(v, u, 0, -c);
            return e;
        }

        private void push(int u, int v, int capacity, long c) {
            if (edges == to.length) {
                int size = edges * 2;
                to = Arrays.copyOf(to, size);
                next = Arrays.copyOf(next, size);
                cap = Arrays.copyOf(cap, size);
                cost = Arrays.copyOf(cost, size);
            }
            to[edges] = v;
            cap[edges] = capacity;
            cost[edges] = c;
            next[edges] = head[u];
            head[u] = edges++;
        }

        int flow(int edge) {
            return cap[edge ^ 1];
        }

        void minCostMaxFlow(int s, int t) {
            long[] dist = new long[nodes];
            int[] via = new int[nodes];
            boolean[] queued = new boolean[nodes];
            while (true) {
                Arrays.fill(dist, Long.MAX_VALUE);
                Arrays.fill(via, -1);
                dist[s] = 0;
                Deque<Integer> queue = new ArrayDeque<>();
                queue.add(s);
                queued[s] = true;
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    queued[u] = false;
                    for (int e = head[u]; e != -1; e = next[e]) {
                        if (cap[e] > 0 && dist[u] + cost[e] < dist[to[e]]) {
                            dist[to[e]] = dist[u] + cost[e];
                            via[to[e]] = e;
                            if (!queued[to[e]]) {
                                queued[to[e]] = true;
                                queue.add(to[e]);
                            }
                        }
                    }
                }
                if (dist[t] == Long.MAX_VALUE) {
                    return;
                }
                int amount = Integer.MAX_VALUE;
                for (int v = t; v != s; v = to[via[v] ^ 1]) {
                    amount = Math.min(amount, cap[via[v]]);
                }
                for (int v = t; v != s; v = to[via[v] ^ 1]) {
                    cap[via[v]] -= amount;
                    cap[via[v] ^ 1] += amount;
                }
            }
        }
    }
}
