package com.omnidom.catalog.imports.application;

import com.omnidom.catalog.article.application.ArticleDocument;
import com.omnidom.catalog.article.domain.ArticleKind;
import com.omnidom.catalog.article.domain.TaxCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Articles as CSV, one article per record:
 * {@code sku,kind,active,validFrom,validUntil,regions,imageUrls,accessories,components,prices,name.<lang>,description.<lang>,taxCategory}
 * ({@code taxCategory} optional: STANDARD when the column or the cell is empty).
 * Lists are {@code |}-separated; a component is {@code sku;quantity}; a price is
 * {@code channel;currency;amount;validFrom;validUntil} (empty validity ends are open); one
 * {@code name.<lang>} column (and optional {@code description.<lang>}) per language.
 */
final class ArticleCsv implements CsvLayout {

    static final String COLUMNS = "columns: sku, kind, active, validFrom, validUntil, regions, imageUrls, accessories, "
            + "components (sku;quantity|...), prices (channel;currency;amount;validFrom;validUntil|...), name.<lang>, description.<lang>, taxCategory (optional)";

    private static final Set<String> FIXED = Set.of("sku", "kind", "active", "validFrom", "validUntil", "regions",
            "imageUrls", "accessories", "components", "prices", "taxCategory");

    @Override
    public boolean knows(String column) {
        return FIXED.contains(column) || column.matches("(name|description)\\.[A-Za-z0-9-]{1,35}");
    }

    @Override
    public String description() {
        return COLUMNS;
    }

    @Override
    public ArticleDocument toDocument(CsvRow r) {
        List<ArticleDocument.Text> texts = new ArrayList<>();
        for (String column : r.columns()) {
            if (!column.startsWith("name.") || r.text(column) == null) continue;
            String language = column.substring("name.".length());
            texts.add(new ArticleDocument.Text(language, r.text(column), r.text("description." + language)));
        }
        List<ArticleDocument.Component> components = new ArrayList<>();
        List<String> componentValues = r.list("components");
        for (int i = 0; i < componentValues.size(); i++) {
            String[] p = CsvRow.parts(componentValues.get(i));
            if (p.length != 2) {
                r.problem("components[" + i + "]", "must be sku;quantity");
                continue;
            }
            components.add(new ArticleDocument.Component(p[0], r.integer("components[" + i + "].quantity", p[1])));
        }
        List<ArticleDocument.Price> prices = new ArrayList<>();
        List<String> priceValues = r.list("prices");
        for (int i = 0; i < priceValues.size(); i++) {
            String[] p = CsvRow.parts(priceValues.get(i));
            String prefix = "prices[" + i + "].";
            if (p.length < 3 || p.length > 5) {
                r.problem("prices[" + i + "]", "must be channel;currency;amount;validFrom;validUntil");
                continue;
            }
            prices.add(new ArticleDocument.Price(p[0], p[1], r.decimal(prefix + "amount", p[2]),
                    p.length > 3 ? r.instant(prefix + "validFrom", p[3]) : null,
                    p.length > 4 ? r.instant(prefix + "validUntil", p[4]) : null));
        }
        return new ArticleDocument(r.text("sku"),
                r.enumValue("kind", r.text("kind"), ArticleKind.class),
                texts, r.list("imageUrls"), r.list("regions"),
                r.instant("validFrom", r.text("validFrom")), r.instant("validUntil", r.text("validUntil")),
                components, r.list("accessories"), prices,
                r.bool("active", r.text("active")),
                r.enumValue("taxCategory", r.text("taxCategory"), TaxCategory.class));
    }
}
