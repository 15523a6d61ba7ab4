package com.omnidom.notification.message.application;

import com.omnidom.kernel.Money;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Money as the customer reads it: {@code 1.234,50 €} for {@code de}, {@code €1,234.50} for {@code en}. */
public final class Amounts {

    private Amounts() {
    }

    public static String format(Money money, String languageTag) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale(languageTag));
        Currency unit = money.currency();
        format.setCurrency(unit);
        int digits = Money.minorDigits(unit);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.amount());
    }

    static Locale locale(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) return Locale.ENGLISH;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(languageTag.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
        } catch (IllformedLocaleException e) {
            return Locale.ENGLISH;
        }
    }
}
