package com.omnidom.web.store;

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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The store's counter: the order found by its number, the units taken back at this store, refusals shown. */
@SpringBootTest
@AutoConfigureMockMvc
class CounterPagesTest {

    private static final UUID ORDER = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CounterReturns returns;

    @Test
    void theOrderIsFoundByItsNumberWithWhatMayComeBack() throws Exception {
        when(returns.returnable("WEB-42")).thenReturn(returnable());

        String page = mvc.perform(get("/store/returns").param("orderNumber", " WEB-42 ").with(staff()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("SKU-MUG", "name=\"units.l1\"", "value=\"" + ORDER + "\"", "Take back and refund");
    }

    @Test
    void anUnknownNumberSaysSo() throws Exception {
        when(returns.returnable("WEB-0")).thenThrow(new ApiRefusal(HttpStatus.NOT_FOUND, "No order numbered WEB-0"));

        String page = mvc.perform(get("/store/returns").param("orderNumber", "WEB-0").with(staff()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No order numbered WEB-0 can be returned here (yet).");
    }

    @Test
    void theUnitsAreTakenBackAtThisStoreWithTheirReasonAndCondition() throws Exception {
        when(returns.takeBack(any(), anyString(), any())).thenReturn(Map.of("refundAmount", "12.50", "currency", "EUR"));

        String page = mvc.perform(post("/store/returns").param("orderId", ORDER.toString()).param("orderNumber", "WEB-42")
                        .param("units.l1", "1").param("reason.l1", "DAMAGED").param("units.l2", "0")
                        .with(staff()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Taken back: 12.50 EUR are refunded to the customer.");
        verify(returns).takeBack(ORDER, "STORE-DE-HAM",
                List.of(Map.of("lineId", "l1", "quantity", 1, "reason", "DAMAGED", "resellable", false)));
    }

    @Test
    void nothingChosenSendsNothing() throws Exception {
        when(returns.returnable("WEB-42")).thenReturn(returnable());

        String page = mvc.perform(post("/store/returns").param("orderId", ORDER.toString()).param("orderNumber", "WEB-42")
                        .param("units.l1", "0").with(staff()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("give the units per line");
        verify(returns, never()).takeBack(any(), anyString(), any());
    }

    private static Map<String, Object> returnable() {
        return Map.of("orderId", ORDER.toString(), "currency", "EUR", "lines", List.of(Map.of("lineId", "l1", "sku",
                "SKU-MUG", "unitPrice", "12.50", "orderedQuantity", 2, "deliveredQuantity", 2, "returnedQuantity", 0,
                "returnableQuantity", 2)));
    }

    private static RequestPostProcessor staff() {
        return oidcLogin().idToken(token -> token.subject("STORE-DE-HAM").claim("roles", List.of("store"))
                        .claim("location", "STORE-DE-HAM"))
                .authorities(new SimpleGrantedAuthority("ROLE_store"));
    }
}
