package com.omnidom.devstack.demo;

import com.omnidom.routing.lab.cities.Cities;
import com.omnidom.devstack.Options;
import com.omnidom.devstack.auth.DemoCredentials;
import com.omnidom.devstack.auth.TokenClient;
import com.omnidom.devstack.Options.UsageException;
import com.omnidom.devstack.demo.CatalogClient.Rejected;
import com.omnidom.devstack.demo.CatalogClient.Unreachable;
import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.devstack.demo.StockPlan.StockLevel;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Generates the demo retailer and loads it into a running catalog-service through its public bulk import API,
 * as a real integration would: JSON lines in, then polling the import until it is done. Then loads the opening
 * stock into inventory-service ({@link StockPlan}).
 */
public final class DemoData {

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.demo.DemoData [options]
              --url <url>          catalog-service base URL, default http://127.0.0.1:8087
              --seed <n>           same seed, same retailer; default 42
              --stores <n>         default 60
              --articles <n>       default 3000
              --chunk-size <n>     rows per import request, default 1000
              --timeout <s>        seconds to wait for each import to finish, default 600
              --inventory-url <url> inventory-service base URL, default http://127.0.0.1:8082
              --auth-url <url>     the authorization server the demo-loader client gets its token from,
                                   default http://127.0.0.1:9000
              --stock <yes|no>     also load the opening stock into inventory-service; default yes
              --stock-wait <s>     seconds to keep retrying stock rows that inventory-service rejects (it may not
                                   have read the new catalog yet), default 60
              --write-to <dir>     only write locations.ndjson, articles.ndjson and stock.ndjson to <dir>, upload nothing
            Exit status: 0 all rows accepted, 1 rows rejected or an import failed, 2 a service unreachable.""";

    private static final int SHOWN_ERRORS = 20;

    private DemoData() {
    }

    public static void main(String[] args) {
        try {
            var options = Options.parse(args,
                    Set.of("url", "seed", "stores", "articles", "chunk-size", "timeout", "write-to",
                            "inventory-url", "stock", "stock-wait", "auth-url"), USAGE);
            System.exit(run(options));
        } catch (UsageException e) {
            e.report();
            System.exit(2);
        }
    }

    private static int run(Options options) {
        long seed = options.number("seed", 42);
        int chunkSize = options.integer("chunk-size", 1000);
        if (chunkSize < 1) {
            throw new UsageException("--chunk-size must be at least 1", USAGE);
        }
        String writeTo = options.text("write-to", null);
        if (writeTo != null) {
            DemoRetailer retailer = generate(options, seed);
            return write(retailer, stockPlan(retailer, seed), Path.of(writeTo));
        }

        URI url = URI.create(options.text("url", "http://127.0.0.1:8087"));
        var tokens = new TokenClient(URI.create(options.text("auth-url", "http://127.0.0.1:9000")));
        Supplier<String> token = () -> tokens.clientToken(DemoCredentials.DEMO_LOADER,
                DemoCredentials.secret(DemoCredentials.DEMO_LOADER));
        var client = new CatalogClient(url, token);
        var loader = new Loader(client, chunkSize, Duration.ofSeconds(options.integer("timeout", 600)));
        boolean withStock = !options.text("stock", "yes").equalsIgnoreCase("no");
        URI inventoryUrl = URI.create(options.text("inventory-url", "http://127.0.0.1:8082"));
        var inventory = new InventoryClient(inventoryUrl, token);
        long started = System.nanoTime();
        boolean stockLoaded = true;
        try {
            client.checkHealth();
            if (withStock) {
                inventory.checkHealth();
            }
            DemoRetailer retailer = generate(options, seed);
            System.out.println("Loading into catalog-service at " + url);
            loader.load("locations", "/api/v1/imports/locations", retailer.locations(), Location::id);
            loader.load("articles", "/api/v1/imports/articles", retailer.singleArticles(), Article::sku);
            // Bundles name other articles as components: only once those are in.
            loader.load("bundles", "/api/v1/imports/articles", retailer.bundles(), Article::sku);
            if (withStock) {
                System.out.println("Loading the opening stock into inventory-service at " + inventoryUrl);
                stockLoaded = loadStock(inventory, stockPlan(retailer, seed), chunkSize,
                        Duration.ofSeconds(options.integer("stock-wait", 60)));
            }
        } catch (Unreachable e) {
            System.err.println(e.getMessage());
            System.err.println("Is the stack running? Start it with ./omnidom up (status: ./omnidom status).");
            return 2;
        } catch (Rejected e) {
            System.err.println(e.getMessage());
            loader.report();
            return 1;
        }
        boolean clean = loader.report() && stockLoaded;
        System.out.printf("Done in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return clean ? 0 : 1;
    }

    static List<StockLevel> stockPlan(DemoRetailer retailer, long seed) {
        Assortment assortment = Assortment.of(retailer, seed, Instant.now());
        List<StockLevel> plan = StockPlan.plan(retailer, assortment, seed);
        System.out.printf("Opening stock: %d rows for %d sellable articles (%d at warehouses, %d at stores, %d at drop shippers)%n",
                plan.size(), assortment.ranked().size(), count(plan, "WH-"), count(plan, "STORE-"), count(plan, "DS-"));
        return plan;
    }

    private static long count(List<StockLevel> plan, String prefix) {
        return plan.stream().filter(l -> l.locationId().startsWith(prefix)).count();
    }

    /**
     * Imports the stock in chunks; rows that inventory-service rejects are tried again every few seconds for up to
     * {@code wait}: right after the catalog import, inventory-service may not have read every new article yet.
     */
    private static boolean loadStock(InventoryClient client, List<StockLevel> levels, int chunkSize, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<StockLevel> pending = levels;
        boolean perItem = false;
        for (int round = 1; ; round++) {
            long start = System.nanoTime();
            var rejections = new ArrayList<InventoryClient.Rejection>();
            int accepted = 0;
            for (int from = 0; from < pending.size(); from += chunkSize) {
                List<StockLevel> part = pending.subList(from, Math.min(pending.size(), from + chunkSize));
                InventoryClient.Outcome outcome;
                if (!perItem) {
                    try {
                        outcome = client.importLevels(part);
                    } catch (InventoryClient.NoImportEndpoint e) {
                        System.out.println("  stock     inventory-service has no POST /api/v1/stock/imports: one PUT per row");
                        perItem = true;
                        outcome = client.putLevels(part);
                    }
                } else {
                    outcome = client.putLevels(part);
                }
                accepted += outcome.accepted();
                rejections.addAll(outcome.rejections());
            }
            System.out.printf("  stock     round %d: %d rows, %d accepted, %d rejected (%.1f s)%n", round, pending.size(),
                    accepted, rejections.size(), (System.nanoTime() - start) / 1e9);
            if (rejections.isEmpty()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                System.out.println();
                System.out.println("Rejected stock rows" + (rejections.size() > SHOWN_ERRORS
                        ? " (first " + SHOWN_ERRORS + " of " + rejections.size() + ")" : "") + ":");
                rejections.stream().limit(SHOWN_ERRORS).forEach(r -> System.out.printf("  %s %s %s: %s%n",
                        r.level().locationId(), r.level().sku(), r.field() == null ? "" : r.field(), r.message()));
                return false;
            }
            InventoryClient.Rejection first = rejections.getFirst();
            System.out.printf("  stock     retrying %d rejected rows in 3 s (e.g. %s %s: %s)%n", rejections.size(),
                    first.level().locationId(), first.level().sku(), first.message());
            Loader.sleep(3000);
            pending = rejections.stream().map(InventoryClient.Rejection::level).toList();
        }
    }

    private static DemoRetailer generate(Options options, long seed) {
        DemoRetailer retailer = DemoRetailer.generate(Cities.load(), seed,
                options.integer("stores", DemoRetailer.DEFAULT_STORES),
                options.integer("articles", DemoRetailer.DEFAULT_ARTICLES));
        System.out.printf("Generated with seed %d: %d locations (%d warehouses, %d stores, %d drop shippers),"
                        + " %d articles (%d physical incl. %d bundles, %d services, %d gift cards, %d digital)%n",
                seed, retailer.locations().size(), retailer.locationsOfType("WAREHOUSE"), retailer.locationsOfType("STORE"),
                retailer.locationsOfType("DROP_SHIPPER"), retailer.articles().size(), retailer.articlesOfKind("PHYSICAL"),
                retailer.bundles().size(), retailer.articlesOfKind("SERVICE"), retailer.articlesOfKind("GIFT_CARD"),
                retailer.articlesOfKind("DIGITAL_RIGHT"));
        return retailer;
    }

    private static int write(DemoRetailer retailer, List<StockLevel> stock, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("locations.ndjson"), lines(retailer.locations()));
            Files.write(dir.resolve("articles.ndjson"), lines(retailer.articles()));
            Files.write(dir.resolve("stock.ndjson"), lines(stock));
            System.out.println("Wrote locations.ndjson, articles.ndjson and stock.ndjson to " + dir);
            return 0;
        } catch (IOException e) {
            System.err.println("Cannot write to " + dir + ": " + e);
            return 1;
        }
    }

    static List<String> lines(List<?> documents) {
        return documents.stream().map(CatalogClient.JSON::writeValueAsString).toList();
    }

    /** Uploads in chunks, waits for each import, and keeps the counts for the summary. */
    private static final class Loader {
        private final CatalogClient client;
        private final int chunkSize;
        private final Duration timeout;
        private final List<Outcome> outcomes = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();

        Loader(CatalogClient client, int chunkSize, Duration timeout) {
            this.client = client;
            this.chunkSize = chunkSize;
            this.timeout = timeout;
        }

        <T> void load(String label, String path, List<T> documents, Function<T, String> key) {
            var outcome = new Outcome(label);
            outcomes.add(outcome);
            int chunks = (documents.size() + chunkSize - 1) / chunkSize;
            for (int chunk = 0; chunk < chunks; chunk++) {
                int from = chunk * chunkSize;
                List<T> part = documents.subList(from, Math.min(documents.size(), from + chunkSize));
                long start = System.nanoTime();
                CatalogClient.Started started = client.startImport(path, part);
                ImportStatus status = awaitFinished(started, label);
                outcome.add(part.size(), status);
                System.out.printf("  %-9s %d/%d: %s, %d rows, %d accepted, %d rejected (%.1f s, import %s)%n", label,
                        chunk + 1, chunks, status.status(), part.size(), status.accepted(), status.rejected(),
                        (System.nanoTime() - start) / 1e9, status.id());
                for (ImportStatus.RowError error : status.errorList()) {
                    String which = error.row() != null && error.row() >= 1 && error.row() <= part.size()
                            ? " (" + key.apply(part.get((int) (error.row() - 1))) + ")" : "";
                    errors.add("%s row %s%s %s: %s".formatted(label,
                            error.row() == null ? "?" : String.valueOf(from + error.row()), which,
                            error.field() == null ? "" : error.field(), error.message()));
                }
            }
        }

        private ImportStatus awaitFinished(CatalogClient.Started started, String label) {
            long deadline = System.nanoTime() + timeout.toNanos();
            long nextProgress = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            ImportStatus status = started.status();
            while (!status.finished()) {
                if (System.nanoTime() > deadline) {
                    throw new Rejected("import " + status.id() + " (" + label + ") still " + status.status()
                            + " after " + timeout.toSeconds() + " s");
                }
                sleep(300);
                status = client.status(started.statusUri());
                if (System.nanoTime() > nextProgress) {
                    System.out.printf("  %-9s ... %d of %d rows processed%n", label, status.processed(),
                            status.totalRows() == null ? 0 : status.totalRows());
                    nextProgress = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                }
            }
            return status;
        }

        static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unreachable("interrupted");
            }
        }

        /** Prints the summary; true when every row of every import was accepted. */
        boolean report() {
            System.out.printf("%n%-10s %6s %9s %9s  %s%n", "import", "rows", "accepted", "rejected", "status");
            boolean clean = true;
            for (Outcome o : outcomes) {
                System.out.printf("%-10s %6d %9d %9d  %s%n", o.label, o.rows, o.accepted, o.rejected,
                        o.failed ? "FAILED" : "COMPLETED");
                clean &= !o.failed && o.rejected == 0 && o.accepted == o.rows;
            }
            if (!errors.isEmpty()) {
                System.out.println();
                System.out.println("Rejected rows" + (errors.size() > SHOWN_ERRORS ? " (first " + SHOWN_ERRORS + " of " + errors.size() + ")" : "") + ":");
                errors.stream().limit(SHOWN_ERRORS).forEach(e -> System.out.println("  " + e));
            }
            if (!clean) {
                System.out.println("Not everything was accepted: see above.");
            }
            return clean;
        }
    }

    private static final class Outcome {
        private final String label;
        private long rows;
        private long accepted;
        private long rejected;
        private boolean failed;

        Outcome(String label) {
            this.label = label;
        }

        void add(int rows, ImportStatus status) {
            this.rows += rows;
            this.accepted += status.accepted();
            this.rejected += status.rejected();
            this.failed |= "FAILED".equals(status.status());
        }
    }
}
