package ru.nastavnik.pairing.domain.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The exact optimum of a round as a min-cost flow: source → each mentee (1) → a candidate mentor (1, cost
 * {@code ceiling − score}) or "no pair" (1, cost {@code ceiling}) → sink, each mentor → sink (its free capacity).
 * Every mentee sends one unit, so the cheapest flow is the matching with the largest total score. The flow itself
 * is solved by a {@link FlowSolver} (Google OR-Tools in production); this class only builds and reads the network.
 */
public final class OptimalMatching implements Matcher {

    /** A min-cost-flow solver: arcs added in order, node supplies set, then flows read by arc index. */
    public interface FlowSolver {

        /** Solves the network and returns each arc's flow, in the order the arcs were given. */
        long[] solve(int nodes, int[] tails, int[] heads, long[] capacities, long[] costs, long[] supplies);
    }

    private final FlowSolver solver;

    public OptimalMatching(FlowSolver solver) {
        this.solver = solver;
    }

    @Override
    public Matching solve(MatchingProblem problem) {
        RoundPreparation round = new RoundPreparation(problem);
        List<UUID> mentees = round.open.stream().map(ScoredPair::menteeId).distinct().toList();
        List<UUID> mentors = round.open.stream().map(ScoredPair::mentorId).distinct().toList();
        if (mentees.isEmpty()) {
            return round.result(problem, List.of());
        }
        Map<UUID, Integer> menteeNode = index(mentees, 1);
        Map<UUID, Integer> mentorNode = index(mentors, 1 + mentees.size());
        int sink = 1 + mentees.size() + mentors.size();
        long ceiling = round.open.stream().mapToLong(ScoredPair::score).max().orElse(0) + 1;

        int arcs = mentees.size() * 2 + round.open.size() + mentors.size();
        int[] tails = new int[arcs];
        int[] heads = new int[arcs];
        long[] capacities = new long[arcs];
        long[] costs = new long[arcs];
        int arc = 0;
        for (UUID mentee : mentees) {
            arc = add(tails, heads, capacities, costs, arc, 0, menteeNode.get(mentee), 1, 0);
            arc = add(tails, heads, capacities, costs, arc, menteeNode.get(mentee), sink, 1, ceiling);
        }
        int firstPairArc = arc;
        for (ScoredPair candidate : round.open) {
            arc = add(tails, heads, capacities, costs, arc, menteeNode.get(candidate.menteeId()),
                    mentorNode.get(candidate.mentorId()), 1, ceiling - candidate.score());
        }
        for (UUID mentor : mentors) {
            arc = add(tails, heads, capacities, costs, arc, mentorNode.get(mentor), sink,
                    round.capacityLeft.get(mentor), 0);
        }
        long[] supplies = new long[sink + 1];
        supplies[0] = mentees.size();
        supplies[sink] = -mentees.size();

        long[] flows = solver.solve(sink + 1, tails, heads, capacities, costs, supplies);
        List<ScoredPair> chosen = new ArrayList<>();
        for (int i = 0; i < round.open.size(); i++) {
            if (flows[firstPairArc + i] > 0) {
                chosen.add(round.open.get(i));
            }
        }
        return round.result(problem, chosen);
    }

    private static int add(int[] tails, int[] heads, long[] capacities, long[] costs, int arc, int tail, int head,
            long capacity, long cost) {
        tails[arc] = tail;
        heads[arc] = head;
        capacities[arc] = capacity;
        costs[arc] = cost;
        return arc + 1;
    }

    private static Map<UUID, Integer> index(List<UUID> ids, int first) {
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), first + i);
        }
        return index;
    }
}
