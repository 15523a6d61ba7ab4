package com.omnidom.routing.decision.domain;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.kernel.Money;
import com.omnidom.routing.engine.RoutingEngine;
import com.omnidom.routing.engine.RoutingProfile;
import com.omnidom.routing.fulfillment.domain.FulfillmentMode;
import com.omnidom.routing.fulfillment.domain.LineQuantity;
import com.omnidom.routing.replica.application.ReplicaLocation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Locations' costs are compared in the profile's currency, converted with configured rates, or not at all. */
class CostCurrenciesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final GeoPoint BERLIN = new GeoPoint(52.52, 13.405);

    private final RoutingPlanner planner = new RoutingPlanner(new RoutingEngine());
    private final RoutedOrder order = new RoutedOrder(UUID.randomUUID(), FulfillmentMode.SHIP, new GeoPoint(52.39, 13.06), null,
            false, "WEB_SHOP", "DE", List.of(new LineQuantity("1", "SKU-1", 1)), Map.of("1", 2_000L), null);
    // same place, same stock: only the cost profiles differ; 4.00 CHF per shipment against 4.50 EUR
    private final RoutingCandidates.Location zurichStore = location("ZRH-STORE", "CHF", 400);
    private final RoutingCandidates.Location berlinWarehouse = location("BER-WH", "EUR", 450);
    private final RoutingCandidates.Loaded both = new RoutingCandidates.Loaded(List.of(zurichStore, berlinWarehouse),
            Map.of("ZRH-STORE", LocalDate.of(2026, 12, 5), "BER-WH", LocalDate.of(2026, 12, 5)));

    @Test
    void chfStoreCheaperInRawNumbersLosesToEurWarehouseOnceConverted() {
        ExchangeRates rates = ExchangeRates.of(Map.of("CHF-EUR", new BigDecimal("1.20")));

        CostCurrencies.Converted converted = CostCurrencies.into(EUR, both, rates);
        RoutingPlan plan = planner.plan(order, order.lines(), converted.candidates(), Set.of(), RoutingProfile.defaults(), NOW);

        assertThat(converted.refused()).isEmpty();
        assertThat(converted.candidates().locations()).filteredOn(l -> l.locationId().equals("ZRH-STORE"))
                .singleElement().satisfies(l -> {
                    assertThat(l.costCurrency()).isEqualTo("EUR");
                    assertThat(l.costPerShipment()).isEqualTo(480L);
                });
        assertThat(plan.decision().shipments()).singleElement().satisfies(s -> assertThat(s.locationId()).isEqualTo("BER-WH"));
        RoutingExplanation explanation = plan.explanation(order, EUR, Set.of(), Set.of(), converted.refused());
        assertThat(explanation.currency()).isEqualTo("EUR");
        assertThat(explanation.assignments().getFirst().reason()).contains("EUR");
    }

    @Test
    void theSameNumbersTakenAsOneMoneyWouldHaveChosenTheChfStore() {
        // what routing did before costs had a currency: 400 < 450, whatever the money
        ExchangeRates parity = ExchangeRates.of(Map.of("CHF-EUR", BigDecimal.ONE));

        RoutingPlan plan = planner.plan(order, order.lines(), CostCurrencies.into(EUR, both, parity).candidates(), Set.of(),
                RoutingProfile.defaults(), NOW);

        assertThat(plan.decision().shipments()).singleElement().satisfies(s -> assertThat(s.locationId()).isEqualTo("ZRH-STORE"));
    }

    @Test
    void locationWhoseCostsCannotBeConvertedIsNoCandidateAndSaysWhy() {
        CostCurrencies.Converted converted = CostCurrencies.into(EUR, both, ExchangeRates.NONE);
        RoutingPlan plan = planner.plan(order, order.lines(), converted.candidates(), Set.of(), RoutingProfile.defaults(), NOW);
        RoutingExplanation explanation = plan.explanation(order, EUR, Set.of(), Set.of(), converted.refused());

        assertThat(converted.candidates().locations()).extracting(RoutingCandidates.Location::locationId).containsExactly("BER-WH");
        assertThat(explanation.candidates()).isEqualTo(1);
        assertThat(explanation.refusedForCurrency()).singleElement().satisfies(r -> {
            assertThat(r.locationId()).isEqualTo("ZRH-STORE");
            assertThat(r.currency()).isEqualTo("CHF");
            assertThat(r.reason()).contains("CHF-EUR").contains("omnidom.routing.exchange-rates");
        });
    }

    @Test
    void costsWithoutCurrencyOrInAnUnknownOneAreNeverCompared() {
        RoutingCandidates.Loaded odd = new RoutingCandidates.Loaded(List.of(location("NONE", null, 100), location("ODD", "XYZ", 100),
                location("FREE", null, null)), Map.of());

        CostCurrencies.Converted converted = CostCurrencies.into(EUR, odd, ExchangeRates.NONE);

        assertThat(converted.refused()).extracting(RoutingExplanation.CurrencyRefusal::locationId).containsExactly("NONE", "ODD");
        // a location without a cost profile has nothing to convert
        assertThat(converted.candidates().locations()).extracting(RoutingCandidates.Location::locationId).containsExactly("FREE");
    }

    @Test
    void convertsAtEachCurrencysMinorUnitsBothWays() {
        ExchangeRates rates = ExchangeRates.of(Map.of("EUR-JPY", new BigDecimal("160")));

        // JPY has no minor unit: 1000 minor units are 1000 yen, worth 6.25 EUR
        assertThat(rates.convert(Money.ofMinor(1_000, Currency.getInstance("JPY")), EUR).orElseThrow().minorUnits())
                .isEqualTo(625);
        assertThat(rates.convert(Money.ofMinor(625, EUR), Currency.getInstance("JPY")).orElseThrow().minorUnits())
                .isEqualTo(1_000);
        assertThat(rates.convert(Money.ofMinor(100, Currency.getInstance("CHF")), EUR)).isEmpty();
        assertThat(ReplicaLocation.minorUnits(new BigDecimal("1000"), "JPY")).isEqualTo(1_000);
        assertThat(ReplicaLocation.minorUnits(new BigDecimal("12.345"), "EUR")).isEqualTo(1_235);
        assertThat(ReplicaLocation.minorUnits(new BigDecimal("1.2345"), "BHD")).isEqualTo(1_235);
    }

    private static RoutingCandidates.Location location(String id, String currency, Integer perShipment) {
        return new RoutingCandidates.Location(id, "STORE", BERLIN, ZoneOffset.UTC, List.of("SHIP"), true, null, null, currency,
                perShipment == null ? null : perShipment.longValue(), perShipment == null ? null : 0L, List.of(),
                Map.of("SKU-1", new RoutingCandidates.SkuStock(5, List.of(), List.of())));
    }
}
