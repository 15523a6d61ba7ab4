package com.omnidom.web.cs;

import com.omnidom.web.ApiRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console's pages over documents shaped as the services send them (their OpenAPI), the services mocked. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsolePagesTest {

    private static final UUID ID = UUID.fromString("5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrderDesk desk;

    @Test
    void anAgentFindsOrdersByTheirCriteria() throws Exception {
        when(desk.search(any(), anyInt())).thenReturn(document("""
                {"items":[{"id":"%s","orderNumber":"OM-77","acceptedAt":"2026-12-07T10:00:00Z","channel":"WEB_SHOP",
                 "status":"ROUTED","email":"kim@example.com","total":"25.00","currency":"EUR"}],
                 "page":0,"size":25,"totalItems":1,"totalPages":1}""".formatted(ID)));

        String page = mvc.perform(get("/cs").param("search", "1").param("email", " kim@example.com ")
                        .param("fromDay", "2026-12-07").with(as("cs-agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("1 orders found", "OM-77", "/cs/orders/" + ID, "Routed");
        verify(desk).search(eq(Map.of("orderNumber", "", "email", " kim@example.com ", "customerId", "", "status", "",
                "channel", "", "locationId", "", "from", "2026-12-07T00:00:00Z")), eq(0));
    }

    @Test
    void theOrderPageShowsItsWholeStoryAndTheActions() throws Exception {
        stubOrder();

        String page = mvc.perform(get("/cs/orders/" + ID).with(as("cs-agent"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Order OM-77", "Kim Kunde", "Alexanderplatz 1", "SKU-MUG", "data-q=\"shipped\">1<",
                "STORE-DE-HAM", "DHL 0034", "STORE-DE-HAM: 1 unit, 0.0 km", "25.00 EUR", "Released (not charged)", "Your order OM-77",
                "Order placed", "id=\"cancel\"", "id=\"cancel-confirm\"", "id=\"start-return\"",
                "id=\"cancel-l1\"", "id=\"replace-l1\"", "id=\"return-l1\"");
        // each step's units per line, once each: the fragment they come from is not shown on its own
        assertThat(page.split("name=\"units.l1\"", -1)).hasSize(4);
    }

    @Test
    void aReviewerSeesTheOrderWithoutThePartsTheirRoleMayNotReadAndNoActions() throws Exception {
        when(desk.order(ID)).thenReturn(order());
        when(desk.fulfillments(ID)).thenReturn(Optional.empty());
        when(desk.decisions(ID)).thenReturn(Optional.empty());
        when(desk.payment(ID)).thenReturn(Optional.empty());
        when(desk.notifications(ID)).thenReturn(Optional.empty());
        when(desk.returns(ID)).thenReturn(Optional.empty());

        String page = mvc.perform(get("/cs/orders/" + ID).with(as("risk-reviewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Order OM-77", "SKU-MUG").doesNotContain("id=\"cancel\"", "Why these locations");
    }

    @Test
    void aCancellationNeedsTheConfirmationAndShowsTheServicesRefusal() throws Exception {
        mvc.perform(post("/cs/orders/" + ID + "/cancellation").param("units.l1", "1").param("reason", "asked")
                        .with(as("cs-agent")).with(csrf()))
                .andExpect(redirectedUrl("/cs/orders/" + ID)).andExpect(flash().attribute("refusedKey", "cs.confirmFirst"));
        verify(desk, never()).cancel(any(), any(), anyString());

        when(desk.cancel(eq(ID), eq(List.of(Map.of("lineId", "l1", "quantity", 1))), eq("asked")))
                .thenThrow(new ApiRefusal(HttpStatus.CONFLICT, "too late: 1 unit of line l1 is shipped"));
        mvc.perform(post("/cs/orders/" + ID + "/cancellation").param("units.l1", "1").param("units.l2", "0")
                        .param("reason", "asked").param("confirm", "on").with(as("cs-agent")).with(csrf()))
                .andExpect(flash().attribute("refused", "too late: 1 unit of line l1 is shipped"));
    }

    @Test
    void theReviewQueueReleasesAndLinksToTheOrder() throws Exception {
        when(desk.openReviews()).thenReturn(document("""
                {"items":[{"orderId":"%s","orderNumber":"OM-77","channel":"WEB_SHOP","currency":"EUR","total":2999.00,
                 "heldAt":"2026-12-07T10:00:00Z","status":"OPEN","reasons":[{"action":"HOLD","code":"FIRST_ORDER_ABOVE",
                 "detail":"a first order above 1000.00"}]}],"page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(ID)));

        String page = mvc.perform(get("/cs/reviews").with(as("risk-reviewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("OM-77", "FIRST_ORDER_ABOVE: a first order above 1000.00", "/cs/reviews/" + ID + "/release");

        mvc.perform(post("/cs/reviews/" + ID + "/release").param("reason", " known customer ").with(as("risk-reviewer")).with(csrf()))
                .andExpect(redirectedUrl("/cs/reviews")).andExpect(flash().attribute("decided", ID));
        verify(desk).release(ID, "known customer");
        mvc.perform(get("/cs/reviews").with(as("cs-agent"))).andExpect(status().isForbidden());
    }

    @Test
    void theAgeReportDrillsDownToStuckOrders() throws Exception {
        when(desk.ageReport()).thenReturn(document("""
                {"at":"2026-12-07T12:00:00Z","buckets":["<1h","1-4h","4-24h","1-3d",">3d"],
                 "byStatus":[{"key":"ACCEPTED","counts":{"<1h":2,">3d":1},"total":3}],"byChannel":[],"byLocation":[],
                 "stuck":[{"id":"%s","orderNumber":"OM-77","status":"ACCEPTED","statusSince":"2026-12-03T12:00:00Z",
                 "inStatusFor":"PT96H","threshold":"PT1H","channel":"WEB_SHOP","locationId":null}],"stuckAfter":{}}""".formatted(ID)));

        String page = mvc.perform(get("/cs/age").with(as("cs-agent"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Stuck orders", "OM-77", "/cs/orders/" + ID, "PT96H", "&lt;1h");
    }

    private void stubOrder() {
        when(desk.order(ID)).thenReturn(order());
        when(desk.fulfillments(ID)).thenReturn(Optional.of(documents("""
                [{"fulfillmentId":"f1","locationId":"STORE-DE-HAM","status":"SHIPPED","mode":"SHIP","carrier":"DHL",
                  "trackingNumber":"0034","lines":[{"lineId":"l1","sku":"SKU-MUG","quantity":1}]}]""")));
        when(desk.decisions(ID)).thenReturn(Optional.of(documents("""
                [{"decisionId":"d1","orderId":"%s","decidedAt":"2026-12-07T10:00:01Z","trigger":"ORDER_ACCEPTED",
                  "strategy":"EXACT","explanation":{"provenOptimal":true,"assignments":[{"reason":"STORE-DE-HAM: 1 unit, 0.0 km"}],
                  "notes":[]}}]""".formatted(ID))));
        when(desk.payment(ID)).thenReturn(Optional.of(document("""
                {"currency":"EUR","released":"0.00","summary":{"authorized":"25.00","captured":"25.00","invoiced":"25.00",
                 "paid":"25.00","refunded":"0.00","open":"0.00"},"invoices":[],"creditNotes":[]}""")));
        when(desk.notifications(ID)).thenReturn(Optional.of(documents("""
                [{"id":"n1","kind":"ORDER_CONFIRMED","status":"SENT","sentAt":"2026-12-07T10:00:02Z","subject":"Your order OM-77"}]""")));
        when(desk.returns(ID)).thenReturn(Optional.of(List.of()));
    }

    private static Map<String, Object> order() {
        return document("""
                {"id":"%s","orderNumber":"OM-77","status":"IN_FULFILLMENT","statusSince":"2026-12-07T10:00:00Z",
                 "channel":"WEB_SHOP","currency":"EUR","total":"25.00","priority":false,
                 "customer":{"name":"Kim Kunde","email":"kim@example.com","phone":null},
                 "delivery":{"mode":"SHIP","address":{"name":"Kim Kunde","street":"Alexanderplatz 1","postalCode":"10178",
                   "city":"Berlin","country":"DE"},"pickupLocationId":null},
                 "lines":[{"lineId":"l1","sku":"SKU-MUG","unitPrice":"12.50","quantities":{"ordered":2,"assigned":0,
                   "allocated":1,"shipped":1,"readyForPickup":0,"pickedUp":0,"cancelled":0,"returned":0,"refunded":0,
                   "unroutable":0}}],
                 "timeline":[{"at":"2026-12-07T10:00:00Z","type":"ORDER_ACCEPTED","summary":"Order placed"}]}""".formatted(ID));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(String json) {
        return JSON.readValue(json, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String json) {
        return JSON.readValue(json, List.class);
    }

    private static RequestPostProcessor as(String role) {
        return oidcLogin().idToken(token -> token.subject("carla").claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
