package com.omnidom.web.fulfillment;

import com.omnidom.web.ApiRefusal;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages rendered for a signed-in person, routing-service's API stood in for by a mock: what each status offers,
 * how a refusal shows, the CSV upload's per-row results, the packing slip, German, and who may open what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FulfillmentPagesTest {

    private static final UUID ID = UUID.fromString("3f1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a7b");
    private static final UUID OTHER = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Fulfillments fulfillments;

    @Test
    void aStoreSeesItsOpenOrdersAndThePickList() throws Exception {
        when(fulfillments.open()).thenReturn(List.of(pickup("ALLOCATED"), ship(ID, "ACKNOWLEDGED")));

        String page = mvc.perform(get("/store").with(as("store"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Today&#39;s fulfilment orders", "OM-1001", "Pickup in store", "Ship to customer",
                "Pick list", "SKU-MUG", "data-fulfillment=\"" + ID + "\"");
    }

    @Test
    void aReadyPickupOffersTheHandOverOnlyAndAWrongCodeShowsTheRefusal() throws Exception {
        when(fulfillments.get(ID)).thenReturn(pickup("READY_FOR_PICKUP"));
        String page = mvc.perform(get("/fulfillments/" + ID).with(as("store"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"hand-over\"", "id=\"pickupCode\"", "<label for=\"pickupCode\"")
                .doesNotContain("id=\"ship\"", "id=\"ready\"", "id=\"acknowledge\"");

        when(fulfillments.handOverWithCode(ID, "000000"))
                .thenThrow(new ApiRefusal(HttpStatus.UNPROCESSABLE_ENTITY, "the pickup code does not match"));
        mvc.perform(post("/fulfillments/" + ID + "/hand-over").param("pickupCode", " 000000 ").with(as("store")).with(csrf()))
                .andExpect(redirectedUrl("/fulfillments/" + ID))
                .andExpect(flash().attribute("refused", "the pickup code does not match"));

        mvc.perform(post("/fulfillments/" + ID + "/hand-over").param("pickupCode", "").param("identityCheck", "ID card")
                        .with(as("store")).with(csrf()))
                .andExpect(flash().attribute("done", "done.handedOver"));
        verify(fulfillments).handOverWithIdentityCheck(ID, "ID card");
    }

    @Test
    void anotherLocationsOrderIsNotFoundAndShowsNothingOfIt() throws Exception {
        when(fulfillments.get(OTHER)).thenThrow(new ApiRefusal(HttpStatus.NOT_FOUND, "fulfillment " + OTHER + " not found"));

        String page = mvc.perform(get("/fulfillments/" + OTHER).with(as("partner")).header("Accept-Language", "de"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Nicht gefunden").doesNotContain(OTHER.toString());
    }

    @Test
    void aCsvUploadShipsEachReadableRowAndReportsEveryRow() throws Exception {
        when(fulfillments.ship(eq(ID), any(), any())).thenReturn(ship(ID, "SHIPPED"));
        when(fulfillments.ship(eq(OTHER), any(), any())).thenThrow(new ApiRefusal(HttpStatus.NOT_FOUND, "not found"));
        String csv = "fulfillmentId;carrier;trackingNumber\n%s;DHL;111\n%s;DHL;222\nnope;DHL;333\n".formatted(ID, OTHER);

        String page = mvc.perform(multipart("/partner/shipments")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as("partner")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("1 of 3 shipments recorded", "OM-1002", "no such fulfilment order of yours",
                "fulfillmentId is not a fulfilment order id");

        String german = mvc.perform(multipart("/partner/shipments")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", "id;carrier\n1;DHL\n".getBytes(StandardCharsets.UTF_8)))
                        .with(as("partner")).with(csrf()).header("Accept-Language", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(german).contains("Die Datei wurde nicht gelesen: es fehlen die Spalten: fulfillmentid, trackingnumber");
        verify(fulfillments, never()).ship(eq(null), any(), any());
    }

    @Test
    void thePackingSlipListsTheArticlesAndTheRecipientWithoutPrices() throws Exception {
        when(fulfillments.get(ID)).thenReturn(ship(ID, "ACKNOWLEDGED"));

        byte[] pdf = mvc.perform(get("/fulfillments/" + ID + "/packing-slip.pdf").with(as("partner")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("OM-1002", "Kim Kunde", "Alexanderplatz 1", "10178 Berlin", "SKU-LAMP");
        }
    }

    @Test
    void eachAppIsForItsRoleOnly() throws Exception {
        mvc.perform(get("/store").with(as("partner"))).andExpect(status().isForbidden());
        mvc.perform(get("/partner").with(as("store"))).andExpect(status().isForbidden());
        mvc.perform(get("/fulfillments/" + ID).with(as("cs-agent"))).andExpect(status().isForbidden());
        mvc.perform(post("/fulfillments/" + ID + "/acknowledge").with(as("store"))).andExpect(status().isForbidden());
        verify(fulfillments, never()).acknowledge(any());
    }

    private static RequestPostProcessor as(String role) {
        return oidcLogin().idToken(token -> token.subject("someone").claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static Fulfillment pickup(String status) {
        return new Fulfillment(ID, UUID.randomUUID(), "OM-1001", "STORE-DE-HAM", "PICKUP", status,
                List.of(new Fulfillment.Line("l1", "SKU-MUG", 2)), false, null, null, null, Instant.now(),
                new Fulfillment.ShipTo("Kim Kunde", null, null, null, null), null, false);
    }

    private static Fulfillment ship(UUID id, String status) {
        return new Fulfillment(id, UUID.randomUUID(), "OM-1002", "DS-DE-BRE", "SHIP", status,
                List.of(new Fulfillment.Line("l1", "SKU-LAMP", 1)), true, null, null, null, Instant.now(),
                new Fulfillment.ShipTo("Kim Kunde", "Alexanderplatz 1", "10178", "Berlin", "DE"),
                LocalDate.of(2026, 12, 10), false);
    }
}
