package com.omnidom.notification.message.application;

import com.omnidom.kernel.Money;
import com.omnidom.notification.contact.domain.ContactLine;
import com.omnidom.notification.message.domain.MessageKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplatesTest {

    final MailTemplates templates = new MailTemplates();

    static Map<String, Object> model(String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("orderNumber", "WEB-1001");
        model.put("customerName", "Anna Müller & Söhne");
        model.put("lines", List.of(new ContactLine("SKU-RED-42", 2), new ContactLine("SKU-BLUE-1", 1)));
        model.put("total", Amounts.format(Money.of("1234.5", "EUR"), language));
        model.put("amount", Amounts.format(Money.of("19.99", "EUR"), language));
        model.put("pickup", false);
        model.put("wholeOrder", false);
        model.put("toCard", true);
        model.put("toStoredValue", false);
        model.put("storeName", "Omnidom Berlin Mitte");
        model.put("storeAddress", "Alexanderplatz 1, 10178 Berlin");
        model.put("carrier", "DHL");
        model.put("trackingNumber", "00340434161094042557");
        model.put("pickupCode", "042917");
        model.put("invoiceNumber", "INV-DE-2025-000318");
        model.put("level", 2);
        model.put("openAmount", Amounts.format(Money.of("164.95", "EUR"), language));
        model.put("fee", Amounts.format(Money.of("5.00", "EUR"), language));
        model.put("payBy", "01.04.2025");
        model.put("heldUntil", "14.12.2026, 10:00");
        return model;
    }

    @Test
    void confirmsInGermanWithTheTotalFormattedForGermany() {
        RenderedMail mail = templates.render(MessageKind.ORDER_CONFIRMED, "de", model("de"));

        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.subject()).isEqualTo("Ihre Bestellung WEB-1001 ist bestätigt");
        assertThat(mail.body())
                .startsWith("Hallo Anna Müller & Söhne,\n")
                .contains("- 2 × SKU-RED-42\n- 1 × SKU-BLUE-1\n")
                .contains("Gesamtbetrag: 1.234,50\u00a0€")
                .contains("Wir schreiben Ihnen, sobald Ihre Sendung unterwegs ist.")
                .doesNotContain("abholen", "{{", "&amp;");
    }

    @Test
    void confirmsInEnglishWithTheTotalFormattedForEnglish() {
        RenderedMail mail = templates.render(MessageKind.ORDER_CONFIRMED, "en", model("en"));

        assertThat(mail.subject()).isEqualTo("Your order WEB-1001 is confirmed");
        assertThat(mail.body()).contains("Total: €1,234.50").contains("- 2 × SKU-RED-42");
    }

    @Test
    void aPickupOrderNamesTheStoreInItsConfirmation() {
        Map<String, Object> model = model("de");
        model.put("pickup", true);

        RenderedMail mail = templates.render(MessageKind.ORDER_CONFIRMED, "de", model);

        assertThat(mail.body()).contains("Sie holen Ihre Bestellung ab in: Omnidom Berlin Mitte, Alexanderplatz 1, 10178 Berlin.")
                .doesNotContain("Sendung unterwegs");
    }

    @Test
    void theShipmentMailCarriesCarrierAndTrackingNumber() {
        RenderedMail de = templates.render(MessageKind.SHIPPED, "de", model("de"));
        RenderedMail en = templates.render(MessageKind.SHIPPED, "en", model("en"));

        assertThat(de.subject()).isEqualTo("Ihre Bestellung WEB-1001 ist unterwegs");
        assertThat(de.body()).contains("Versanddienstleister: DHL\nSendungsnummer: 00340434161094042557");
        assertThat(en.subject()).isEqualTo("Your order WEB-1001 is on its way");
        assertThat(en.body()).contains("Carrier: DHL\nTracking number: 00340434161094042557");
    }

    @Test
    void thePickupMailNamesTheStoreOrItsIdAlone() {
        Map<String, Object> withoutAddress = model("en");
        withoutAddress.put("storeName", "STORE-7");
        withoutAddress.put("storeAddress", null);

        RenderedMail known = templates.render(MessageKind.READY_FOR_PICKUP, "de", model("de"));
        RenderedMail unknown = templates.render(MessageKind.READY_FOR_PICKUP, "en", withoutAddress);

        assertThat(known.body()).contains("bereit in: Omnidom Berlin Mitte, Alexanderplatz 1, 10178 Berlin.");
        assertThat(unknown.body()).contains("waiting for you at: STORE-7.");
    }

    @Test
    void thePickupMailShowsTheCodeForTheCounterOrAsksForAnIdentityDocumentWithoutOne() {
        Map<String, Object> withoutCode = model("en");
        withoutCode.put("pickupCode", null);

        RenderedMail de = templates.render(MessageKind.READY_FOR_PICKUP, "de", model("de"));
        RenderedMail en = templates.render(MessageKind.READY_FOR_PICKUP, "en", model("en"));
        RenderedMail none = templates.render(MessageKind.READY_FOR_PICKUP, "en", withoutCode);

        assertThat(de.body()).contains("Ihr Abholcode: 042917\nZeigen Sie diesen Code an der Kasse vor")
                .doesNotContain("Ausweis");
        assertThat(en.body()).contains("Your pickup code: 042917\nShow this code at the counter to collect your order.")
                .doesNotContain("identity document");
        assertThat(none.body()).contains("give your order number WEB-1001 at the counter and bring an identity document")
                .doesNotContain("pickup code");
    }

    @Test
    void aPickupReminderNamesTheStoreTheCodeAgainAndUntilWhenItIsHeld() {
        RenderedMail de = templates.render(MessageKind.PICKUP_REMINDER, "de", model("de"));
        RenderedMail en = templates.render(MessageKind.PICKUP_REMINDER, "en", model("en"));

        assertThat(de.subject()).isEqualTo("Erinnerung: Ihre Bestellung WEB-1001 wartet auf Sie");
        assertThat(de.body()).contains("weiterhin für Sie bereit in: Omnidom Berlin Mitte, Alexanderplatz 1, 10178 Berlin.",
                "Wir halten sie bis 14.12.2026, 10:00 für Sie zurück.", "- 2 × SKU-RED-42", "Ihr Abholcode: 042917");
        assertThat(en.subject()).isEqualTo("Reminder: your order WEB-1001 is waiting for you");
        assertThat(en.body()).contains("still waiting for you at: Omnidom Berlin Mitte", "We hold it for you until 14.12.2026, 10:00.",
                "Your pickup code: 042917");
        Map<String, Object> withoutCode = model("en");
        withoutCode.put("pickupCode", null);
        assertThat(templates.render(MessageKind.PICKUP_REMINDER, "en", withoutCode).body())
                .contains("give your order number WEB-1001 at the counter").doesNotContain("pickup code");
    }

    @Test
    void anExpiredPickupSaysItWasNotCollectedAndNothingIsCharged() {
        RenderedMail de = templates.render(MessageKind.PICKUP_EXPIRED, "de", model("de"));
        RenderedMail en = templates.render(MessageKind.PICKUP_EXPIRED, "en", model("en"));

        assertThat(de.subject()).isEqualTo("Ihre Bestellung WEB-1001 wurde nicht abgeholt");
        assertThat(de.body()).contains("lag für Sie bereit in Omnidom Berlin Mitte, Alexanderplatz 1, 10178 Berlin, wurde aber "
                + "nicht rechtzeitig abgeholt", "- 1 × SKU-BLUE-1", "Ein dafür reservierter Betrag wird freigegeben.");
        assertThat(en.subject()).isEqualTo("Your order WEB-1001 was not collected");
        assertThat(en.body()).contains("was not collected in time", "You will not be charged for them: any money reserved for "
                + "them is released.").doesNotContain("042917");
    }

    @Test
    void theRefundMailStatesTheAmountPerLocale() {
        assertThat(templates.render(MessageKind.REFUNDED, "de", model("de")).body()).contains("wir haben Ihnen 19,99\u00a0€");
        assertThat(templates.render(MessageKind.REFUNDED, "en", model("en")).body()).contains("we have refunded €19.99");
    }

    @Test
    void aCancellationNamesTheItemsOrTheWholeOrder() {
        Map<String, Object> whole = model("en");
        whole.put("wholeOrder", true);

        RenderedMail items = templates.render(MessageKind.ORDER_CANCELLED, "en", model("en"));
        RenderedMail order = templates.render(MessageKind.ORDER_CANCELLED, "en", whole);
        RenderedMail german = templates.render(MessageKind.ORDER_CANCELLED, "de", model("de"));

        assertThat(items.subject()).isEqualTo("Items of your order WEB-1001 were cancelled");
        assertThat(items.body()).contains("these items of your order WEB-1001 were cancelled:\n\n- 2 × SKU-RED-42\n")
                .contains("We will deliver the rest of your order as planned.");
        assertThat(order.subject()).isEqualTo("Your order WEB-1001 was cancelled");
        assertThat(order.body()).contains("your order WEB-1001 was cancelled:").doesNotContain("the rest of your order");
        assertThat(german.subject()).isEqualTo("Artikel Ihrer Bestellung WEB-1001 wurden storniert");
        assertThat(german.body()).contains("Dafür wird Ihnen nichts berechnet. Den Rest Ihrer Bestellung liefern wir wie geplant.");
    }

    @Test
    void aDelayTellsWhichItemsWaitForStock() {
        RenderedMail de = templates.render(MessageKind.DELAYED, "de", model("de"));
        RenderedMail en = templates.render(MessageKind.DELAYED, "en", model("en"));

        assertThat(de.subject()).isEqualTo("Ihre Bestellung WEB-1001 verzögert sich");
        assertThat(de.body()).contains("weil wir auf Ware warten", "- 1 × SKU-BLUE-1");
        assertThat(en.subject()).isEqualTo("Your order WEB-1001 is delayed");
        assertThat(en.body()).contains("we are waiting for stock.\n\nWaiting for:\n- 2 × SKU-RED-42\n- 1 × SKU-BLUE-1\n");
    }

    @Test
    void aReleaseStatesTheAmountPerLocaleAndWhereTheMoneyGoes() {
        Map<String, Object> giftCardOnly = model("en");
        giftCardOnly.put("toCard", false);
        giftCardOnly.put("toStoredValue", true);

        assertThat(templates.render(MessageKind.AUTHORIZATION_RELEASED, "de", model("de")).body())
                .contains("wir haben 19,99\u00a0€ freigegeben", "Kartenabrechnung").doesNotContain("Gutschein");
        assertThat(templates.render(MessageKind.AUTHORIZATION_RELEASED, "en", model("en")).body())
                .contains("we have released €19.99 that was reserved", "card statement").doesNotContain("Gift card");
        assertThat(templates.render(MessageKind.AUTHORIZATION_RELEASED, "en", giftCardOnly).body())
                .contains("Gift card and bonus point amounts are available").doesNotContain("bank");
    }

    @Test
    void aRegionalTagUsesItsLanguageAndAnUnknownLanguageFallsBackToEnglish() {
        assertThat(templates.render(MessageKind.SHIPPED, "de-AT", model("de-AT")).language()).isEqualTo("de");
        assertThat(templates.render(MessageKind.SHIPPED, "fr", model("fr")).language()).isEqualTo("en");
        assertThat(templates.render(MessageKind.SHIPPED, null, model("en")).language()).isEqualTo("en");
        assertThat(templates.render(MessageKind.SHIPPED, "../../etc", model("en")).language()).isEqualTo("en");
    }

    @Test
    void aMissingNameGreetsWithoutOne() {
        Map<String, Object> model = model("en");
        model.put("customerName", null);

        assertThat(templates.render(MessageKind.REFUNDED, "en", model).body()).startsWith("Hello,\n");
    }

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void everyKindHasGermanAndEnglishTemplatesWithASubject(MessageKind kind) {
        for (String language : List.of("de", "en")) {
            RenderedMail mail = templates.render(kind, language, model(language));
            assertThat(mail.language()).isEqualTo(language);
            assertThat(mail.subject()).contains("WEB-1001").doesNotContain("\n");
            assertThat(mail.body()).contains("WEB-1001").doesNotContain("{{").doesNotStartWith("\n");
        }
    }

    @Test
    void aDunningReminderNamesInvoiceLevelOpenAmountFeeAndPayByDateAndLeavesOutAFeeOfNothing() {
        RenderedMail german = templates.render(MessageKind.DUNNING_REMINDER, "de", model("de"));
        assertThat(german.subject()).isEqualTo("2. Zahlungserinnerung zu Ihrer Rechnung INV-DE-2025-000318 (Bestellung WEB-1001)");
        assertThat(german.body()).contains("Offener Betrag: 164,95\u00a0€\nDarin enthaltene Mahngebühr dieser Stufe: 5,00\u00a0€\n",
                "Bitte zahlen Sie bis: 01.04.2025");

        Map<String, Object> withoutFee = model("en");
        withoutFee.put("fee", null);
        RenderedMail english = templates.render(MessageKind.DUNNING_REMINDER, "en", withoutFee);
        assertThat(english.subject()).isEqualTo("Payment reminder 2 for your invoice INV-DE-2025-000318 (order WEB-1001)");
        assertThat(english.body()).contains("Amount due: €164.95\nPlease pay by:").doesNotContain("fee");
    }

    @Test
    void amountsUseTheCurrencysDecimals() {
        assertThat(Amounts.format(Money.of("1500", "JPY"), "en")).isEqualTo("¥1,500");
        assertThat(Amounts.format(Money.of("7", "CHF"), "de-CH")).isEqualTo("CHF\u00a07.00");
    }
}
