package com.omnidom.routing.decision.domain;

import com.omnidom.kernel.Money;
import com.omnidom.routing.decision.domain.RoutingExplanation.CurrencyRefusal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Brings every candidate's costs into the routing profile's currency before the engine compares them: a location's
 * cost profile is in its own currency (a Zurich store in CHF, a Warsaw one in PLN), and 12.00 CHF is not 12.00 EUR.
 * Costs are converted with the configured {@link ExchangeRates}, at the minor units of each currency (JPY has none);
 * a location whose costs cannot be converted is no candidate, and says why.
 */
public final class CostCurrencies {

    private CostCurrencies() {
    }

    /** The candidates with costs in {@code currency}, and those left out. */
    public record Converted(RoutingCandidates.Loaded candidates, List<CurrencyRefusal> refused) {
    }

    public static Converted into(Currency currency, RoutingCandidates.Loaded loaded, ExchangeRates rates) {
        List<RoutingCandidates.Location> kept = new ArrayList<>();
        List<CurrencyRefusal> refused = new ArrayList<>();
        for (RoutingCandidates.Location l : loaded.locations()) {
            try {
                kept.add(convert(l, currency, rates));
            } catch (Unconvertible e) {
                refused.add(new CurrencyRefusal(l.locationId(), l.costCurrency(), e.getMessage()));
            }
        }
        return new Converted(new RoutingCandidates.Loaded(kept, loaded.days()), refused);
    }

    /** @throws Unconvertible when the location has costs in no known currency or one without a rate to {@code currency} */
    public static RoutingCandidates.Location convert(RoutingCandidates.Location l, Currency currency, ExchangeRates rates) {
        if (!l.hasCosts()) return l;
        Currency from = currency(l.costCurrency());
        if (from.equals(currency)) return l;
        if (!rates.converts(from, currency)) {
            throw new Unconvertible("costs in " + from + " and no exchange rate " + from + "-" + currency
                    + " configured (omnidom.routing.exchange-rates)");
        }
        return new RoutingCandidates.Location(l.locationId(), l.type(), l.geo(), l.zone(), l.capabilities(), l.active(),
                l.ordersLeft(), l.unitsLeft(), currency.getCurrencyCode(), convert(l.costPerShipment(), from, currency, rates),
                convert(l.costPerUnit(), from, currency, rates),
                l.distanceBands().stream().map(b -> new RoutingCandidates.Band(b.upToKm(),
                        convert(b.cost(), from, currency, rates))).toList(), l.stock());
    }

    /** The location as if it had no cost profile: only the profile's own weights cost it. */
    public static RoutingCandidates.Location withoutCosts(RoutingCandidates.Location l) {
        return new RoutingCandidates.Location(l.locationId(), l.type(), l.geo(), l.zone(), l.capabilities(), l.active(),
                l.ordersLeft(), l.unitsLeft(), null, null, null, List.of(), l.stock());
    }

    private static Long convert(Long minor, Currency from, Currency to, ExchangeRates rates) {
        if (minor == null) return null;
        return rates.convert(Money.ofMinor(minor, from), to).orElseThrow().minorUnits();
    }

    private static Currency currency(String code) {
        if (code == null) throw new Unconvertible("costs without a currency (the replica has none for them yet)");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new Unconvertible("costs in " + code + ", which is no ISO 4217 currency");
        }
    }

    /** Why a location's costs cannot be compared: the message goes into the explanation. */
    public static final class Unconvertible extends RuntimeException {
        Unconvertible(String message) {
            super(message);
        }
    }
}
