package com.omnidom.devstack.demo;

import com.omnidom.routing.lab.cities.City;
import com.omnidom.devstack.demo.CatalogDocuments.Article;
import com.omnidom.devstack.demo.CatalogDocuments.Component;
import com.omnidom.devstack.demo.CatalogDocuments.Price;
import com.omnidom.devstack.demo.CatalogDocuments.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo retailer's assortment: home, kitchen, lighting, furniture, outdoor and electronics in product series named
 * after small European towns, with accessories, bundles, services, gift cards and digital goods. Pure and seeded.
 * Articles come out in dependency order: whatever an article references (accessory, component) has a lower SKU.
 */
final class ArticleGenerator {

    static final List<String> COUNTRIES = List.of("DE", "AT", "CH", "NL", "BE", "LU", "FR", "DK", "PL", "CZ", "IT", "ES");
    static final String VALID_FROM = "2026-01-01T00:00:00Z";
    static final String SEASON_END = "2027-03-01T00:00:00Z";
    static final double ACCESSORY_SHARE = 0.10;
    static final double BUNDLE_SHARE = 0.04;
    static final int SERIES = 60;

    private static final List<Variant> COLOURS = List.of(
            new Variant("Schwarz", "black"), new Variant("Weiß", "white"), new Variant("Grau", "grey"),
            new Variant("Anthrazit", "anthracite"), new Variant("Beige", "beige"), new Variant("Salbeigrün", "sage green"),
            new Variant("Nachtblau", "navy"), new Variant("Terrakotta", "terracotta"), new Variant("Senfgelb", "mustard"),
            new Variant("Rosé", "rose"));

    private static final List<Family> MAIN_FAMILIES = List.of(
            new Family("pot", "Kochtopf", "Cooking pot", "Edelstahl", "stainless steel", 24, 89, sizes("16 cm", "20 cm", "24 cm", "28 cm"), List.of(), List.of()),
            new Family("pan", "Bratpfanne", "Frying pan", "Gusseisen", "cast iron", 29, 119, sizes("20 cm", "24 cm", "28 cm", "32 cm"), List.of(), List.of()),
            new Family("knife", "Kochmesser", "Chef's knife", "Damaszenerstahl", "Damascus steel", 39, 189, sizes("16 cm", "20 cm", "24 cm"), List.of("sharpener"), List.of("sharpening", "engraving")),
            new Family("kettle", "Wasserkocher", "Kettle", "Edelstahl", "stainless steel", 29, 99, COLOURS, List.of("descaler"), List.of("warranty")),
            new Family("espresso", "Espressokocher", "Espresso maker", "Aluminium", "aluminium", 19, 69, COLOURS, List.of("descaler"), List.of()),
            new Family("grinder", "Kaffeemühle", "Coffee grinder", "Keramik", "ceramic", 29, 149, COLOURS, List.of(), List.of("warranty")),
            new Family("plates", "Teller-Set (6 Stück)", "Plate set (6 pieces)", "Steingut", "stoneware", 29, 89, COLOURS, List.of(), List.of("giftwrap")),
            new Family("glasses", "Gläser-Set (4 Stück)", "Glass set (4 pieces)", "Kristallglas", "crystal glass", 19, 59, pairs("0,2 l", "0.2 l", "0,3 l", "0.3 l", "0,4 l", "0.4 l"), List.of(), List.of("giftwrap", "engraving")),
            new Family("cutlery", "Besteckset (24-teilig)", "Cutlery set (24 pieces)", "Edelstahl", "stainless steel", 49, 199, pairs("matt", "matte", "glänzend", "polished"), List.of(), List.of("giftwrap", "engraving")),
            new Family("board", "Schneidebrett", "Chopping board", "Eichenholz", "oak", 19, 59, sizes("30 × 20 cm", "40 × 25 cm", "50 × 30 cm"), List.of("careoil"), List.of("engraving")),
            new Family("towel", "Handtuch", "Towel", "Bio-Baumwolle", "organic cotton", 9, 39, COLOURS, List.of(), List.of()),
            new Family("bedlinen", "Bettwäsche", "Bed linen", "Baumwollsatin", "cotton sateen", 39, 129, COLOURS, List.of(), List.of()),
            new Family("blanket", "Wohndecke", "Throw blanket", "Wolle", "wool", 39, 149, COLOURS, List.of(), List.of("giftwrap")),
            new Family("cushion", "Dekokissen", "Cushion", "Leinen", "linen", 19, 59, COLOURS, List.of("cushioncover"), List.of()),
            new Family("rug", "Teppich", "Rug", "Jute", "jute", 49, 399, COLOURS, List.of(), List.of("rugcleaning")),
            new Family("curtain", "Vorhang", "Curtain", "Leinen", "linen", 29, 99, COLOURS, List.of(), List.of("hemming")),
            new Family("floorlamp", "Stehleuchte", "Floor lamp", "Metall", "metal", 79, 349, COLOURS, List.of("bulb", "shade"), List.of("lampinstall")),
            new Family("tablelamp", "Tischleuchte", "Table lamp", "Keramik", "ceramic", 39, 179, COLOURS, List.of("bulb", "shade"), List.of()),
            new Family("pendant", "Pendelleuchte", "Pendant lamp", "Glas", "glass", 59, 299, COLOURS, List.of("bulb"), List.of("lampinstall")),
            new Family("walllamp", "Wandleuchte", "Wall lamp", "Messing", "brass", 49, 199, COLOURS, List.of("bulb"), List.of("lampinstall")),
            new Family("chair", "Stuhl", "Chair", "Eiche massiv", "solid oak", 89, 349, COLOURS, List.of("careoil", "feltpads"), List.of("assembly", "disposal")),
            new Family("table", "Esstisch", "Dining table", "Eiche massiv", "solid oak", 399, 1899, sizes("160 × 90 cm", "180 × 90 cm", "200 × 100 cm", "240 × 100 cm"), List.of("careoil", "feltpads"), List.of("assembly", "delivery", "disposal")),
            new Family("shelf", "Regal", "Shelf", "Kiefer", "pine", 79, 499, COLOURS, List.of(), List.of("assembly")),
            new Family("sidetable", "Beistelltisch", "Side table", "Walnuss", "walnut", 59, 249, COLOURS, List.of("careoil"), List.of()),
            new Family("sofa", "Sofa", "Sofa", "Bouclé", "bouclé fabric", 599, 2499, COLOURS, List.of("cushion"), List.of("delivery", "disposal")),
            new Family("bed", "Bett", "Bed", "Eiche massiv", "solid oak", 499, 1999, sizes("90 × 200 cm", "140 × 200 cm", "160 × 200 cm", "180 × 200 cm"), List.of("bedlinen"), List.of("assembly", "delivery", "disposal")),
            new Family("backpack", "Rucksack", "Backpack", "recyceltes Polyester", "recycled polyester", 49, 199, COLOURS, List.of("raincover"), List.of()),
            new Family("tent", "Zelt", "Tent", "Ripstop-Nylon", "ripstop nylon", 99, 599, pairs("1 Person", "1 person", "2 Personen", "2 persons", "3 Personen", "3 persons", "4 Personen", "4 persons"), List.of("pegs", "spray"), List.of()),
            new Family("sleepingbag", "Schlafsack", "Sleeping bag", "Daunen", "down", 79, 399, COLOURS, List.of(), List.of()),
            new Family("boots", "Wanderschuh", "Hiking boot", "Nubukleder", "nubuck leather", 99, 249, sizes("38", "39", "40", "41", "42", "43", "44", "45", "46"), List.of("spray"), List.of()),
            new Family("jacket", "Regenjacke", "Rain jacket", "recyceltes Nylon", "recycled nylon", 89, 329, sizes("XS", "S", "M", "L", "XL", "XXL"), List.of("spray"), List.of()),
            new Family("bottle", "Trinkflasche", "Water bottle", "Edelstahl", "stainless steel", 14, 39, COLOURS, List.of(), List.of("engraving")),
            new Family("headphones", "Kopfhörer", "Headphones", "Aluminium", "aluminium", 49, 349, COLOURS, List.of("cable", "case"), List.of("warranty", "setup")),
            new Family("speaker", "Bluetooth-Lautsprecher", "Bluetooth speaker", "Stoff und Aluminium", "fabric and aluminium", 39, 299, COLOURS, List.of("powerbank", "cable"), List.of("warranty")),
            new Family("radio", "Digitalradio", "Digital radio", "Holz", "wood", 59, 199, COLOURS, List.of("cable"), List.of("warranty")),
            new Family("watch", "Fitnessuhr", "Fitness watch", "Aluminium", "aluminium", 79, 349, COLOURS, List.of("cable", "case"), List.of("warranty", "setup")),
            new Family("reader", "E-Book-Reader", "E-book reader", "Kunststoff", "plastic", 99, 249, COLOURS, List.of("case", "cable"), List.of("warranty", "setup")));

    private static final List<Family> ACCESSORY_FAMILIES = List.of(
            new Family("bulb", "LED-Leuchtmittel E27", "LED bulb E27", "Glas", "glass", 5, 19, pairs("470 lm warmweiß", "470 lm warm white", "806 lm warmweiß", "806 lm warm white", "806 lm neutralweiß", "806 lm neutral white", "1055 lm warmweiß", "1055 lm warm white"), List.of(), List.of()),
            new Family("shade", "Lampenschirm", "Lamp shade", "Leinen", "linen", 19, 59, COLOURS, List.of(), List.of()),
            new Family("sharpener", "Messerschärfer", "Knife sharpener", "Keramik", "ceramic", 14, 49, COLOURS, List.of(), List.of()),
            new Family("descaler", "Entkalker", "Descaler", "Zitronensäure", "citric acid", 5, 12, sizes("250 ml", "500 ml", "1 l"), List.of(), List.of()),
            new Family("careoil", "Holzpflegeöl", "Wood care oil", "Leinöl", "linseed oil", 9, 24, sizes("250 ml", "500 ml", "1 l"), List.of(), List.of()),
            new Family("feltpads", "Filzgleiter-Set", "Felt pad set", "Filz", "felt", 4, 12, pairs("16 Stück", "16 pieces", "32 Stück", "32 pieces", "64 Stück", "64 pieces"), List.of(), List.of()),
            new Family("cushioncover", "Kissenbezug", "Cushion cover", "Leinen", "linen", 12, 29, COLOURS, List.of(), List.of()),
            new Family("raincover", "Regenhülle", "Rain cover", "Nylon", "nylon", 12, 29, COLOURS, List.of(), List.of()),
            new Family("pegs", "Heringe-Set", "Tent peg set", "Aluminium", "aluminium", 9, 29, pairs("6 Stück", "6 pieces", "12 Stück", "12 pieces", "18 Stück", "18 pieces"), List.of(), List.of()),
            new Family("spray", "Imprägnierspray", "Waterproofing spray", "fluorcarbonfreie Formel", "PFC-free formula", 8, 16, sizes("200 ml", "400 ml"), List.of(), List.of()),
            new Family("cable", "USB-C-Ladekabel", "USB-C charging cable", "geflochtenes Nylon", "braided nylon", 9, 29, COLOURS, List.of(), List.of()),
            new Family("powerbank", "Powerbank 10.000 mAh", "Power bank 10,000 mAh", "Aluminium", "aluminium", 24, 59, COLOURS, List.of(), List.of()),
            new Family("case", "Schutzhülle", "Protective case", "Filz", "felt", 14, 39, COLOURS, List.of(), List.of()));

    private static final List<ServiceDef> SERVICES = List.of(
            new ServiceDef("assembly-S", "Montageservice Basis", "Assembly service basic", "Aufbau eines kleinen Möbelstücks bei Ihnen zu Hause.", "Assembly of a small piece of furniture at your home.", 29),
            new ServiceDef("assembly-M", "Montageservice Komfort", "Assembly service comfort", "Aufbau eines mittelgroßen Möbelstücks inklusive Verpackungsentsorgung.", "Assembly of a medium-sized piece of furniture including packaging disposal.", 59),
            new ServiceDef("assembly-L", "Montageservice Premium", "Assembly service premium", "Aufbau großer Möbel durch zwei Monteure inklusive Verpackungsentsorgung.", "Assembly of large furniture by two fitters including packaging disposal.", 99),
            new ServiceDef("delivery", "Lieferung bis zum Aufstellort", "Delivery to the room of use", "Zwei Personen tragen die Ware bis in den gewünschten Raum.", "Two people carry the goods into the room of your choice.", 49),
            new ServiceDef("delivery-slot", "Wunschtermin-Lieferung", "Scheduled delivery", "Lieferung in einem zweistündigen Zeitfenster Ihrer Wahl.", "Delivery in a two-hour slot of your choice.", 19),
            new ServiceDef("disposal", "Altmöbelentsorgung", "Disposal of old furniture", "Wir nehmen ein altes Möbelstück bei der Lieferung mit.", "We take away one old piece of furniture on delivery.", 39),
            new ServiceDef("takeback", "Altgerätemitnahme", "Take-back of old appliances", "Kostenlose Rücknahme eines Altgeräts gleicher Art bei Lieferung.", "Take-back of one old appliance of the same kind on delivery.", 9),
            new ServiceDef("lampinstall", "Leuchtenmontage", "Lamp installation", "Anschluss und Montage einer Leuchte durch einen Elektriker.", "Connection and mounting of a lamp by an electrician.", 69),
            new ServiceDef("warranty-1-100", "Garantieverlängerung 1 Jahr (bis 100 €)", "Extended warranty 1 year (up to €100)", "Ein zusätzliches Jahr Garantie für Geräte bis 100 € Warenwert.", "One extra year of warranty for items up to €100.", 9),
            new ServiceDef("warranty-2-100", "Garantieverlängerung 2 Jahre (bis 100 €)", "Extended warranty 2 years (up to €100)", "Zwei zusätzliche Jahre Garantie für Geräte bis 100 € Warenwert.", "Two extra years of warranty for items up to €100.", 15),
            new ServiceDef("warranty-3-100", "Garantieverlängerung 3 Jahre (bis 100 €)", "Extended warranty 3 years (up to €100)", "Drei zusätzliche Jahre Garantie für Geräte bis 100 € Warenwert.", "Three extra years of warranty for items up to €100.", 19),
            new ServiceDef("warranty-1-300", "Garantieverlängerung 1 Jahr (bis 300 €)", "Extended warranty 1 year (up to €300)", "Ein zusätzliches Jahr Garantie für Geräte bis 300 € Warenwert.", "One extra year of warranty for items up to €300.", 19),
            new ServiceDef("warranty-2-300", "Garantieverlängerung 2 Jahre (bis 300 €)", "Extended warranty 2 years (up to €300)", "Zwei zusätzliche Jahre Garantie für Geräte bis 300 € Warenwert.", "Two extra years of warranty for items up to €300.", 29),
            new ServiceDef("warranty-3-300", "Garantieverlängerung 3 Jahre (bis 300 €)", "Extended warranty 3 years (up to €300)", "Drei zusätzliche Jahre Garantie für Geräte bis 300 € Warenwert.", "Three extra years of warranty for items up to €300.", 39),
            new ServiceDef("warranty-1-1000", "Garantieverlängerung 1 Jahr (bis 1.000 €)", "Extended warranty 1 year (up to €1,000)", "Ein zusätzliches Jahr Garantie für Geräte bis 1.000 € Warenwert.", "One extra year of warranty for items up to €1,000.", 39),
            new ServiceDef("warranty-2-1000", "Garantieverlängerung 2 Jahre (bis 1.000 €)", "Extended warranty 2 years (up to €1,000)", "Zwei zusätzliche Jahre Garantie für Geräte bis 1.000 € Warenwert.", "Two extra years of warranty for items up to €1,000.", 59),
            new ServiceDef("warranty-3-1000", "Garantieverlängerung 3 Jahre (bis 1.000 €)", "Extended warranty 3 years (up to €1,000)", "Drei zusätzliche Jahre Garantie für Geräte bis 1.000 € Warenwert.", "Three extra years of warranty for items up to €1,000.", 79),
            new ServiceDef("giftwrap", "Geschenkverpackung", "Gift wrapping", "Verpackt in Recyclingpapier mit Grußkarte.", "Wrapped in recycled paper with a greeting card.", 4),
            new ServiceDef("engraving", "Gravur", "Engraving", "Persönliche Gravur mit bis zu 20 Zeichen.", "Personal engraving of up to 20 characters.", 15),
            new ServiceDef("sharpening", "Messerschleifservice", "Knife sharpening service", "Professioneller Nachschliff eines Messers in der Filiale.", "Professional resharpening of one knife in store.", 10),
            new ServiceDef("setup", "Geräteeinrichtung", "Device set-up", "Wir richten Ihr Gerät ein und übertragen Ihre Daten.", "We set up your device and transfer your data.", 29),
            new ServiceDef("rugcleaning", "Teppichreinigung", "Rug cleaning", "Professionelle Reinigung eines Teppichs bis 6 m².", "Professional cleaning of one rug up to 6 m².", 39),
            new ServiceDef("hemming", "Vorhang kürzen", "Curtain hemming", "Kürzen eines Vorhangs auf Ihr Wunschmaß.", "Hemming one curtain to the length you need.", 20),
            new ServiceDef("consultation", "Einrichtungsberatung (60 Min.)", "Interior design consultation (60 min)", "Persönliche Beratung in der Filiale.", "Personal consultation in store.", 49),
            new ServiceDef("consultation-home", "Einrichtungsberatung zu Hause", "Interior design consultation at home", "Eine Einrichtungsberaterin besucht Sie zu Hause (2 Stunden).", "An interior designer visits you at home (2 hours).", 149));

    private static final List<Topic> TOPICS = List.of(
            new Topic("Kochen mit Gusseisen", "Cooking with cast iron"), new Topic("Wandern in den Alpen", "Hiking in the Alps"),
            new Topic("Skandinavisch wohnen", "Scandinavian living"), new Topic("Licht richtig planen", "Planning your lighting"),
            new Topic("Nachhaltig einrichten", "Sustainable interiors"), new Topic("Brot backen", "Baking bread"),
            new Topic("Zelten für Einsteiger", "Camping for beginners"), new Topic("Holz pflegen", "Caring for wood"),
            new Topic("Kaffee zu Hause", "Coffee at home"), new Topic("Kleine Räume gestalten", "Designing small spaces"),
            new Topic("Messer schärfen", "Sharpening knives"), new Topic("Fernwandern in Europa", "Long-distance hiking in Europe"));

    private static final List<BundleTemplate> BUNDLES = List.of(
            new BundleTemplate("Kochset", "Cookware set", List.of(new Part("pot", 1), new Part("pan", 1), new Part("knife", 1))),
            new BundleTemplate("Frühstücksset", "Breakfast set", List.of(new Part("kettle", 1), new Part("espresso", 1), new Part("plates", 1))),
            new BundleTemplate("Tafelset", "Table set", List.of(new Part("plates", 1), new Part("glasses", 2), new Part("cutlery", 1))),
            new BundleTemplate("Schlafzimmer-Set", "Bedroom set", List.of(new Part("bedlinen", 1), new Part("cushion", 2), new Part("blanket", 1))),
            new BundleTemplate("Wohnzimmer-Set", "Living room set", List.of(new Part("rug", 1), new Part("cushion", 2), new Part("floorlamp", 1))),
            new BundleTemplate("Leuchten-Set", "Lighting set", List.of(new Part("tablelamp", 1), new Part("bulb", 2))),
            new BundleTemplate("Essgruppe", "Dining set", List.of(new Part("table", 1), new Part("chair", 4))),
            new BundleTemplate("Camping-Set", "Camping set", List.of(new Part("tent", 1), new Part("sleepingbag", 2), new Part("pegs", 1))),
            new BundleTemplate("Wander-Set", "Hiking set", List.of(new Part("backpack", 1), new Part("boots", 1), new Part("bottle", 1), new Part("spray", 1))),
            new BundleTemplate("Audio-Set", "Audio set", List.of(new Part("headphones", 1), new Part("speaker", 1), new Part("cable", 1))));

    private final Random random;
    private final List<Article> articles = new ArrayList<>();
    /** Active physical articles by family key, the pool for accessories and bundle components. */
    private final Map<String, List<Article>> byFamily = new LinkedHashMap<>();
    private final Map<String, String> serviceSkus = new LinkedHashMap<>();
    private final Map<String, String> seriesOf = new LinkedHashMap<>();

    ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} articles; bundles are the last ones. */
    List<Article> generate(List<City> cities, int count) {
        int fixed = SERVICES.size() + giftCardCount() + digitalCount();
        int accessories = (int) Math.round(count * ACCESSORY_SHARE);
        int bundles = (int) Math.round(count * BUNDLE_SHARE);
        int main = count - fixed - accessories - bundles;
        if (main < MAIN_FAMILIES.size()) {
            throw new IllegalArgumentException("need at least " + (fixed + accessories + bundles + MAIN_FAMILIES.size()) + " articles");
        }
        List<String> series = seriesNames(cities);
        SERVICES.forEach(this::service);
        giftCards();
        digital();
        physical(ACCESSORY_FAMILIES, accessories, series, false);
        physical(MAIN_FAMILIES, main, series, true);
        bundles(bundles, series);
        return List.copyOf(articles);
    }

    /**
     * The product family ({@code chair}, {@code bulb}, ...) of a single physical article, read from its English name;
     * null for bundles and the other kinds.
     */
    static String familyOf(Article article) {
        if (!article.kind().equals("PHYSICAL") || !article.components().isEmpty()) {
            return null;
        }
        String name = article.texts().stream().filter(t -> t.language().equals("en")).map(Text::name)
                .findFirst().orElse("");
        Family best = null;
        for (List<Family> families : List.of(MAIN_FAMILIES, ACCESSORY_FAMILIES)) {
            for (Family family : families) {
                if (name.startsWith(family.en() + " ") && (best == null || family.en().length() > best.en().length())) {
                    best = family;
                }
            }
        }
        return best == null ? null : best.key();
    }

    /** Product series are named after real small towns (15,000–60,000 inhabitants) with short plain names. */
    static List<String> seriesNames(List<City> cities, Random random) {
        var names = cities.stream()
                .filter(c -> c.population() <= 60_000 && c.name().matches("[A-Z][a-z]{3,8}"))
                .sorted(Comparator.comparingLong(City::geonamesId))
                .map(City::name)
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(names, random);
        return List.copyOf(names.subList(0, Math.min(SERIES, names.size())));
    }

    private List<String> seriesNames(List<City> cities) {
        return seriesNames(cities, random);
    }

    private void service(ServiceDef def) {
        String sku = nextSku();
        serviceSkus.put(def.key(), sku);
        add(new Article(sku, "SERVICE", texts(def.de(), def.descriptionDe(), def.en(), def.descriptionEn()),
                List.of(image(sku, 1)), COUNTRIES, VALID_FROM, null, List.of(), List.of(),
                fixedPrices(def.price(), COUNTRIES, true), true));
    }

    private static int giftCardCount() {
        return 5 + 3 + 3;
    }

    private void giftCards() {
        var euroCountries = COUNTRIES.stream().filter(c -> !c.equals("CH") && !c.equals("PL")).toList();
        for (int value : new int[]{10, 25, 50, 100, 250}) {
            giftCard("EUR", value, "%d €".formatted(value), "€%d".formatted(value), euroCountries);
        }
        for (int value : new int[]{20, 50, 100}) {
            giftCard("CHF", value, "%d CHF".formatted(value), "CHF %d".formatted(value), List.of("CH"));
        }
        for (int value : new int[]{50, 100, 200}) {
            giftCard("PLN", value, "%d zł".formatted(value), "%d zł".formatted(value), List.of("PL"));
        }
    }

    private void giftCard(String currency, int value, String labelDe, String labelEn, List<String> regions) {
        String sku = nextSku();
        String amount = value + ".00";
        var prices = List.of(new Price("WEB", currency, amount, VALID_FROM, null),
                new Price("STORE", currency, amount, VALID_FROM, null));
        add(new Article(sku, "GIFT_CARD",
                texts("Geschenkkarte " + labelDe, "Einlösbar im Onlineshop und in allen Filialen, drei Jahre gültig.",
                        "Gift card " + labelEn, "Redeemable online and in all stores, valid for three years."),
                List.of(image(sku, 1)), regions, VALID_FROM, null, List.of(), List.of(), prices, true));
    }

    private static int digitalCount() {
        return TOPICS.size() * 3 + 2;
    }

    private void digital() {
        // German-language editions: licensed for the German-speaking markets only.
        var germanSpeaking = List.of("DE", "AT", "CH", "LU");
        for (Topic topic : TOPICS) {
            digitalItem("E-Book: " + topic.de(), "E-book: " + topic.en(), "E-Book (EPUB, ohne DRM), deutsche Ausgabe.",
                    "E-book (EPUB, DRM-free), German edition.", 9 + random.nextDouble() * 11, germanSpeaking);
            digitalItem("Hörbuch: " + topic.de(), "Audiobook: " + topic.en(), "Hörbuch zum Download (MP3), deutsche Ausgabe.",
                    "Audiobook download (MP3), German edition.", 13 + random.nextDouble() * 12, germanSpeaking);
            digitalItem("Videokurs: " + topic.de(), "Video course: " + topic.en(), "Videokurs mit Lifetime-Zugang, deutsch mit englischen Untertiteln.",
                    "Video course with lifetime access, German with English subtitles.", 29 + random.nextDouble() * 50, COUNTRIES);
        }
        digitalItem(LocationGenerator.BRAND + " Plus (12 Monate)", LocationGenerator.BRAND + " Plus (12 months)",
                "Mitgliedschaft: versandkostenfrei bestellen und früher shoppen.", "Membership: free shipping and early access.",
                39, COUNTRIES);
        digitalItem("Raumplaner-Software (Lizenz)", "Room planner software (licence)", "Lizenz für ein Gerät, unbefristet.",
                "Licence for one device, perpetual.", 19, COUNTRIES);
    }

    private void digitalItem(String nameDe, String nameEn, String descriptionDe, String descriptionEn, double euro,
                             List<String> regions) {
        String sku = nextSku();
        add(new Article(sku, "DIGITAL_RIGHT", texts(nameDe, descriptionDe, nameEn, descriptionEn), List.of(image(sku, 1)),
                regions, VALID_FROM, null, List.of(), List.of(), prices(euro, 1.0, regions, false, null), true));
    }

    private void physical(List<Family> families, int count, List<String> series, boolean withAccessories) {
        var used = new HashSet<String>();
        int made = 0;
        while (made < count) {
            Family family = families.get(made % families.size());
            String seriesName = series.get(random.nextInt(series.size()));
            Variant variant = family.variants().get(random.nextInt(family.variants().size()));
            if (!used.add(family.key() + "|" + seriesName + "|" + variant.de())) {
                continue;
            }
            String sku = nextSku();
            boolean seasonal = Set.of("towel", "blanket", "tent", "sleepingbag", "jacket").contains(family.key())
                    && random.nextDouble() < 0.15;
            String validUntil = seasonal ? SEASON_END : null;
            List<String> regions = regions();
            double euro = family.minPrice() + (family.maxPrice() - family.minPrice()) * Math.pow(random.nextDouble(), 1.5);
            double storeFactor = random.nextDouble() < 0.3 ? 1.05 : 1.0;
            List<String> accessories = withAccessories ? accessoriesFor(family, euro) : List.of();
            boolean active = random.nextDouble() >= 0.01;
            var texts = texts(
                    "%s %s %s".formatted(family.de(), seriesName, variant.de()),
                    "%s aus der Serie %s, %s. Material: %s.".formatted(family.de(), seriesName, variant.de(), family.materialDe()),
                    "%s %s %s".formatted(family.en(), seriesName, variant.en()),
                    "%s from the %s series, %s. Material: %s.".formatted(family.en(), seriesName, variant.en(), family.materialEn()));
            var article = new Article(sku, "PHYSICAL", texts, List.of(image(sku, 1), image(sku, 2)), regions, VALID_FROM,
                    validUntil, List.of(), accessories, prices(euro, storeFactor, regions, true, validUntil), active);
            add(article);
            seriesOf.put(sku, seriesName);
            if (active) {
                byFamily.computeIfAbsent(family.key(), k -> new ArrayList<>()).add(article);
            }
            made++;
        }
    }

    private List<String> accessoriesFor(Family family, double euro) {
        var skus = new ArrayList<String>();
        for (String key : family.accessories()) {
            List<Article> candidates = byFamily.getOrDefault(key, List.of());
            if (!candidates.isEmpty() && random.nextDouble() < 0.7) {
                skus.add(candidates.get(random.nextInt(candidates.size())).sku());
            }
        }
        for (String key : family.services()) {
            switch (key) {
                case "assembly" -> skus.add(serviceSkus.get(euro < 150 ? "assembly-S" : euro < 600 ? "assembly-M" : "assembly-L"));
                case "warranty" -> {
                    String band = euro <= 100 ? "100" : euro <= 300 ? "300" : "1000";
                    for (int years = 1; years <= 3; years++) {
                        skus.add(serviceSkus.get("warranty-" + years + "-" + band));
                    }
                }
                case "delivery" -> {
                    skus.add(serviceSkus.get("delivery"));
                    skus.add(serviceSkus.get("delivery-slot"));
                }
                default -> skus.add(serviceSkus.get(key));
            }
        }
        return List.copyOf(skus);
    }

    private void bundles(int count, List<String> series) {
        var used = new HashSet<String>();
        int made = 0;
        while (made < count) {
            BundleTemplate template = BUNDLES.get(made % BUNDLES.size());
            String seriesName = series.get(random.nextInt(series.size()));
            if (!used.add(template.de() + "|" + seriesName)) {
                continue;
            }
            var components = new ArrayList<Component>();
            var parts = new ArrayList<Article>();
            for (Part part : template.parts()) {
                Article article = componentFor(part.family(), seriesName, parts);
                parts.add(article);
                components.add(new Component(article.sku(), part.quantity()));
            }
            var regions = new ArrayList<>(COUNTRIES);
            parts.forEach(p -> regions.retainAll(p.regions()));
            String validUntil = parts.stream().map(Article::validUntil).filter(v -> v != null).min(String::compareTo).orElse(null);

            var prices = new ArrayList<Price>();
            for (String channel : List.of("WEB", "STORE")) {
                for (String currency : currencies(regions)) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int i = 0; i < parts.size(); i++) {
                        sum = sum.add(amount(parts.get(i), channel, currency).multiply(BigDecimal.valueOf(components.get(i).quantity())));
                    }
                    // A set costs 10% less than its parts.
                    prices.add(new Price(channel, currency, charm(sum.doubleValue() * 0.9, currency), VALID_FROM, validUntil));
                }
            }
            String contentsDe = contents(parts, components, "de");
            String contentsEn = contents(parts, components, "en");
            String sku = nextSku();
            add(new Article(sku, "PHYSICAL",
                    texts(template.de() + " " + seriesName, "Set aus " + contentsDe + ".",
                            template.en() + " " + seriesName, "Set of " + contentsEn + "."),
                    List.of(image(sku, 1)), List.copyOf(regions), VALID_FROM, validUntil, List.copyOf(components),
                    List.of(), List.copyOf(prices), true));
            made++;
        }
    }

    /** An active article of the family, preferably from the bundle's series, not yet in the bundle. */
    private Article componentFor(String family, String seriesName, List<Article> taken) {
        List<Article> all = byFamily.getOrDefault(family, List.of()).stream().filter(a -> !taken.contains(a)).toList();
        if (all.isEmpty()) {
            throw new IllegalStateException("no article of family " + family + " for a bundle");
        }
        List<Article> sameSeries = all.stream().filter(a -> seriesName.equals(seriesOf.get(a.sku()))).toList();
        List<Article> from = sameSeries.isEmpty() ? all : sameSeries;
        return from.get(random.nextInt(from.size()));
    }

    private static String contents(List<Article> parts, List<Component> components, String language) {
        var items = new ArrayList<String>();
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i).texts().stream().filter(t -> t.language().equals(language)).findFirst().orElseThrow().name();
            int quantity = components.get(i).quantity();
            items.add(quantity > 1 ? quantity + " × " + name : name);
        }
        return String.join(", ", items);
    }

    private static BigDecimal amount(Article article, String channel, String currency) {
        return article.prices().stream()
                .filter(p -> p.channel().equals(channel) && p.currency().equals(currency))
                .map(p -> new BigDecimal(p.amount()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(article.sku() + " has no " + channel + " " + currency + " price"));
    }

    /** Always the core markets DE and AT, each other market with a probability: no two articles need match. */
    private List<String> regions() {
        var regions = new ArrayList<String>();
        for (String country : COUNTRIES) {
            double p = switch (country) {
                case "DE", "AT" -> 1.0;
                case "LU" -> 0.6;
                default -> 0.8;
            };
            if (random.nextDouble() < p) {
                regions.add(country);
            }
        }
        return List.copyOf(regions);
    }

    private static List<String> currencies(List<String> regions) {
        var currencies = new LinkedHashSet<String>();
        currencies.add("EUR");
        if (regions.contains("CH")) {
            currencies.add("CHF");
        }
        if (regions.contains("PL")) {
            currencies.add("PLN");
        }
        return List.copyOf(currencies);
    }

    /** Charm prices: EUR and PLN end in .99, CHF in .90; the store price is the web price or 5% above. */
    private static List<Price> prices(double euro, double storeFactor, List<String> regions, boolean inStores, String validUntil) {
        var prices = new ArrayList<Price>();
        var channels = inStores ? List.of("WEB", "STORE") : List.of("WEB");
        for (String channel : channels) {
            double factor = channel.equals("STORE") ? storeFactor : 1.0;
            for (String currency : currencies(regions)) {
                prices.add(new Price(channel, currency, charm(euro * rate(currency) * factor, currency), VALID_FROM, validUntil));
            }
        }
        return List.copyOf(prices);
    }

    /** Services have round prices, the same in both channels. */
    private static List<Price> fixedPrices(double euro, List<String> regions, boolean inStores) {
        var prices = new ArrayList<Price>();
        for (String channel : inStores ? List.of("WEB", "STORE") : List.of("WEB")) {
            for (String currency : currencies(regions)) {
                prices.add(new Price(channel, currency, Math.round(euro * rate(currency)) + ".00", VALID_FROM, null));
            }
        }
        return List.copyOf(prices);
    }

    /** Shelf-price conversion: Swiss prices sit a little above euro prices, Polish ones at the exchange rate. */
    private static double rate(String currency) {
        return switch (currency) {
            case "CHF" -> 1.05;
            case "PLN" -> 4.30;
            default -> 1.0;
        };
    }

    static String charm(double value, String currency) {
        double ending = currency.equals("CHF") ? 0.10 : 0.01;
        long whole = value >= 100 ? Math.round(value / 10) * 10 : Math.round(value);
        return LocationGenerator.money(Math.max(1, whole) - ending);
    }

    private static List<Text> texts(String nameDe, String descriptionDe, String nameEn, String descriptionEn) {
        return List.of(new Text("de", nameDe, descriptionDe), new Text("en", nameEn, descriptionEn));
    }

    private static String image(String sku, int n) {
        return "https://img.example.com/articles/%s/%d.jpg".formatted(sku, n);
    }

    private String nextSku() {
        return "A-%06d".formatted(articles.size() + 1);
    }

    private void add(Article article) {
        articles.add(article);
    }

    /** Variants written the same in both languages (sizes, measures). */
    private static List<Variant> sizes(String... sizes) {
        return Arrays.stream(sizes).map(s -> new Variant(s, s)).toList();
    }

    /** Variants as German, English pairs. */
    private static List<Variant> pairs(String... deThenEn) {
        var variants = new ArrayList<Variant>();
        for (int i = 0; i < deThenEn.length; i += 2) {
            variants.add(new Variant(deThenEn[i], deThenEn[i + 1]));
        }
        return List.copyOf(variants);
    }

    private record Family(String key, String de, String en, String materialDe, String materialEn, double minPrice,
                          double maxPrice, List<Variant> variants, List<String> accessories, List<String> services) {
    }

    private record Variant(String de, String en) {
    }

    private record ServiceDef(String key, String de, String en, String descriptionDe, String descriptionEn, double price) {
    }

    private record Topic(String de, String en) {
    }

    private record BundleTemplate(String de, String en, List<Part> parts) {
    }

    private record Part(String family, int quantity) {
    }
}
