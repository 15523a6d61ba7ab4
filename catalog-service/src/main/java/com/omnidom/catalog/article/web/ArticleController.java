package com.omnidom.catalog.article.web;

import com.omnidom.catalog.article.application.ArticleDocument;
import com.omnidom.catalog.article.application.ArticleFilter;
import com.omnidom.catalog.article.application.ArticleSearch;
import com.omnidom.catalog.article.application.SaveArticle;
import com.omnidom.catalog.article.application.SavedArticle;
import com.omnidom.catalog.article.domain.ArticleKind;
import com.omnidom.kernel.Page;
import com.omnidom.platform.web.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Articles with texts, regions, validity, combinations, accessories and prices")
class ArticleController {

    private final SaveArticle saveArticle;
    private final ArticleSearch search;

    ArticleController(SaveArticle saveArticle, ArticleSearch search) {
        this.saveArticle = saveArticle;
        this.search = search;
    }

    @PostMapping
    @Operation(summary = "Create an article", description = "409 if the SKU exists already; 422 naming the field when a rule is broken.")
    @ApiResponse(responseCode = "201", description = "The article created", headers = @Header(name = "Location", description = "/api/v1/articles/{sku}"))
    ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleDocument document) {
        SavedArticle saved = saveArticle.create(document);
        return ResponseEntity.created(location(document.sku())).body(ArticleResponse.of(saved.article()));
    }

    @PutMapping("/{sku}")
    @Operation(summary = "Create or replace an article",
            description = "201 when created, 200 when replaced. The body's SKU must equal the path's. "
                    + "Content equal to the stored one changes nothing (same version, no event).")
    @ApiResponse(responseCode = "200", description = "The article replaced or changed")
    @ApiResponse(responseCode = "201", description = "The article created", headers = @Header(name = "Location", description = "/api/v1/articles/{sku}"))
    ResponseEntity<ArticleResponse> put(@PathVariable String sku, @Valid @RequestBody ArticleDocument document) {
        if (!sku.equals(document.sku())) throw new InvalidRequest("sku", "must equal the SKU in the path (" + sku + ")");
        SavedArticle saved = saveArticle.createOrReplace(document);
        ArticleResponse body = ArticleResponse.of(saved.article());
        return saved.change() == SavedArticle.Change.CREATED
                ? ResponseEntity.created(location(sku)).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/{sku}")
    @Operation(summary = "Read an article")
    ArticleResponse get(@PathVariable String sku) {
        return ArticleResponse.of(search.get(sku));
    }

    @GetMapping
    @Operation(summary = "List articles", description = "Ordered by SKU. q matches the SKU or any name, case-insensitive.")
    Page<ArticleResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            @RequestParam(required = false) ArticleKind kind,
            @Parameter(description = "ISO country code where the article is sold") @RequestParam(required = false) String region,
            @RequestParam(required = false) Boolean active,
            @Parameter(description = "Part of the SKU or of a name") @RequestParam(required = false) String q) {
        return search.find(new ArticleFilter(kind, region, active, q), page, size).map(ArticleResponse::of);
    }

    private static URI location(String sku) {
        return URI.create("/api/v1/articles/" + sku);
    }
}
