package com.omnidom.devstack.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the demo retailer sells, as data: the product families (main ones and accessories) with their variants,
 * price ranges, accessories and services; the services; the topics of the digital goods; the bundle templates.
 */
final class ArticleRange {

    private ArticleRange() {
    }

    static final List<Variant> COLOURS = List.of(
            new Variant("Schwarz", "black"), new Variant("Weiß", "white"), new Variant("Grau", "grey"),
            new Variant("Anthrazit", "anthracite"), new Variant("Beige", "beige"), new Variant("Salbeigrün", "sage green"),
            new Variant("Nachtblau", "navy"), new Variant("Terrakotta", "terracotta"), new Variant("Senfgelb", "mustard"),
            new Variant("Rosé", "rose"));

    static final List<Family> MAIN_FAMILIES = List.of(
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

    static final List<Family> ACCESSORY_FAMILIES = List.of(
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

    static final List<ServiceDef> SERVICES = List.of(
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

    static final List<Topic> TOPICS = List.of(
            new Topic("Kochen mit Gusseisen", "Cooking with cast iron"), new Topic("Wandern in den Alpen", "Hiking in the Alps"),
            new Topic("Skandinavisch wohnen", "Scandinavian living"), new Topic("Licht richtig planen", "Planning your lighting"),
            new Topic("Nachhaltig einrichten", "Sustainable interiors"), new Topic("Brot backen", "Baking bread"),
            new Topic("Zelten für Einsteiger", "Camping for beginners"), new Topic("Holz pflegen", "Caring for wood"),
            new Topic("Kaffee zu Hause", "Coffee at home"), new Topic("Kleine Räume gestalten", "Designing small spaces"),
            new Topic("Messer schärfen", "Sharpening knives"), new Topic("Fernwandern in Europa", "Long-distance hiking in Europe"));

    static final List<BundleTemplate> BUNDLES = List.of(
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

    /** Variants written the same in both languages (sizes, measures). */
    static List<Variant> sizes(String... sizes) {
        return Arrays.stream(sizes).map(s -> new Variant(s, s)).toList();
    }

    /** Variants as German, English pairs. */
    static List<Variant> pairs(String... deThenEn) {
        var variants = new ArrayList<Variant>();
        for (int i = 0; i < deThenEn.length; i += 2) {
            variants.add(new Variant(deThenEn[i], deThenEn[i + 1]));
        }
        return List.copyOf(variants);
    }

    record Family(String key, String de, String en, String materialDe, String materialEn, double minPrice,
                          double maxPrice, List<Variant> variants, List<String> accessories, List<String> services) {
    }

    record Variant(String de, String en) {
    }

    record ServiceDef(String key, String de, String en, String descriptionDe, String descriptionEn, double price) {
    }

    record Topic(String de, String en) {
    }

    record BundleTemplate(String de, String en, List<Part> parts) {
    }

    record Part(String family, int quantity) {
    }
}
