package com.omnidom.routing.lab.replay;

import com.omnidom.routing.engine.LocationType;
import com.omnidom.routing.engine.RoutingEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The replay's result as Markdown a planner can read (tables and a Mermaid chart; renders on GitHub). */
public final class ReplayReport {

    private ReplayReport() {
    }

    public static String markdown(Replay.Result result, String source) {
        SideStats a = result.active();
        SideStats c = result.candidate();
        StringBuilder md = new StringBuilder();
        md.append("# What-if replay: ").append(name(a)).append(" vs ").append(name(c)).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d orders of %s on the snapshot of %s (%d locations); each profile consumes "
                        + "its own copy of stock and capacity as it goes. Money in minor units (cents).%n%n",
                result.orders(), source, result.snapshot().day(), result.snapshot().locations().size()));
        md.append("| | active `").append(name(a)).append("` | candidate `").append(name(c)).append("` | change |\n");
        md.append("|---|---:|---:|---:|\n");
        row(md, "cost per order, each under its own profile", a.costPerOrderMean(), c.costPerOrderMean(), "%.0f");
        row(md, "cost per order under the active profile's costs", (double) a.referenceCost / Math.max(1, a.orders),
                (double) c.referenceCost / Math.max(1, c.orders), "%.0f");
        row(md, "shipments per order", a.shipmentsPerOrderMean(), c.shipmentsPerOrderMean(), "%.3f");
        row(md, "split rate (orders with 2+ shipments)", 100 * a.splitRate(), 100 * c.splitRate(), "%.2f %%");
        row(md, "promise hits (promised orders complete and on time)", 100 * a.promiseHitRate(), 100 * c.promiseHitRate(), "%.2f %%");
        row(md, "complete orders", 100.0 * a.completeOrders / Math.max(1, a.orders), 100.0 * c.completeOrders / Math.max(1, c.orders), "%.2f %%");
        row(md, "unassigned lines", a.unassignedLines, c.unassignedLines, "%.0f");
        row(md, "proven optimal decisions", 100.0 * a.provenOptimal / Math.max(1, a.orders), 100.0 * c.provenOptimal / Math.max(1, c.orders), "%.2f %%");
        row(md, "mean decision time (µs)", a.decisionNanos / 1e3 / Math.max(1, a.orders), c.decisionNanos / 1e3 / Math.max(1, c.orders), "%.0f");

        md.append("\n## Cost by component\n\n| component | active | candidate |\n|---|---:|---:|\n");
        component(md, "shipment", a.cost.shipment(), c.cost.shipment());
        component(md, "handling", a.cost.handling(), c.cost.handling());
        component(md, "distance", a.cost.distance(), c.cost.distance());
        component(md, "split", a.cost.split(), c.cost.split());
        component(md, "lateness", a.cost.lateness(), c.cost.lateness());
        component(md, "unfulfilled", a.cost.unfulfilled(), c.cost.unfulfilled());

        md.append("\n## Use per location type\n\n");
        md.append("Capacity use counts only locations with a daily limit (orders / units used of the limit at the start).\n\n");
        md.append("| type | shipments active | shipments candidate | units active | units candidate | order capacity used active | candidate | units capacity used active | candidate |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LocationType type : LocationType.values()) {
            SideStats.TypeUse ua = a.byType.get(type);
            SideStats.TypeUse uc = c.byType.get(type);
            if (ua.shipments + uc.shipments + ua.ordersCapacity + ua.unitsCapacity == 0) continue;
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %s | %s |%n", type, ua.shipments,
                    uc.shipments, ua.units, uc.units, share(ua.ordersUsed, ua.ordersCapacity), share(uc.ordersUsed, uc.ordersCapacity),
                    share(ua.unitsUsed, ua.unitsCapacity), share(uc.unitsUsed, uc.unitsCapacity)));
        }

        int buckets = Math.min(20, Math.max(1, result.orders()));
        md.append("\n## Cost per order over the day\n\n");
        md.append("Mean cost per order in ").append(buckets).append(" consecutive batches of orders: first line active, "
                + "second line candidate. Rising lines mean stock and capacity running out.\n\n");
        md.append("```mermaid\nxychart-beta\n    title \"Mean cost per order by batch (minor units)\"\n");
        md.append("    x-axis ").append(axis(buckets)).append('\n');
        md.append("    y-axis \"cost per order\"\n");
        md.append("    line ").append(series(a.costPerOrder, buckets)).append('\n');
        md.append("    line ").append(series(c.costPerOrder, buckets)).append('\n');
        md.append("```\n");

        md.append("\n## Profiles\n\n");
        md.append("active:\n```json\n").append(ReplayFiles.json(a.profile())).append("\n```\n");
        md.append("candidate:\n```json\n").append(ReplayFiles.json(c.profile())).append("\n```\n");
        return md.toString();
    }

    private static String name(SideStats s) {
        String name = s.profile().profileId() + " v" + s.profile().version();
        return s.strategy().equals(RoutingEngine.NAME) ? name : name + " (" + s.strategy() + ")";
    }

    private static void row(StringBuilder md, String label, double a, double c, String format) {
        String change;
        if (format.endsWith("%%")) change = String.format(Locale.ROOT, "%+.2f pp", c - a);
        else if (a == 0) change = c == 0 ? "0" : "new";
        else change = String.format(Locale.ROOT, "%+.2f %%", 100 * (c - a) / a);
        md.append("| ").append(label).append(" | ").append(String.format(Locale.ROOT, format, a)).append(" | ")
                .append(String.format(Locale.ROOT, format, c)).append(" | ").append(change).append(" |\n");
    }

    private static void component(StringBuilder md, String label, long a, long c) {
        md.append("| ").append(label).append(" | ").append(a).append(" | ").append(c).append(" |\n");
    }

    private static String share(long used, long capacity) {
        return capacity == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * used / capacity);
    }

    private static String axis(int buckets) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (int b = 1; b <= buckets; b++) j.add(String.valueOf(b));
        return j.toString();
    }

    private static String series(List<Long> costs, int buckets) {
        List<String> values = new ArrayList<>();
        int n = costs.size();
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) n * b / buckets);
            int to = (int) ((long) n * (b + 1) / buckets);
            long sum = 0;
            for (int i = from; i < to; i++) sum += costs.get(i);
            values.add(String.valueOf(to > from ? Math.round((double) sum / (to - from)) : 0));
        }
        return "[" + String.join(", ", values) + "]";
    }
}
