package ru.nastavnik.pairing.infrastructure;

import org.springframework.stereotype.Component;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import ru.nastavnik.pairing.domain.matching.OptimalMatching;

/** Google OR-Tools' min-cost-flow solver (cost scaling, exact on integer costs) behind the domain's port. */
@Component
public class OrToolsFlowSolver implements OptimalMatching.FlowSolver {

    static {
        // Unpacks the native library for this platform from the ortools jar, once per JVM.
        Loader.loadNativeLibraries();
    }

    @Override
    public long[] solve(int nodes, int[] tails, int[] heads, long[] capacities, long[] costs, long[] supplies) {
        MinCostFlow flow = new MinCostFlow(nodes, tails.length);
        try {
            for (int i = 0; i < tails.length; i++) {
                flow.addArcWithCapacityAndUnitCost(tails[i], heads[i], capacities[i], costs[i]);
            }
            for (int node = 0; node < supplies.length; node++) {
                if (supplies[node] != 0) {
                    flow.setNodeSupply(node, supplies[node]);
                }
            }
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("Min-cost flow ended " + status);
            }
            long[] result = new long[tails.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = flow.getFlow(i);
            }
            return result;
        } finally {
            flow.delete();
        }
    }
}
