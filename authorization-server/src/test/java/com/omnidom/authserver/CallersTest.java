package com.omnidom.authserver;

import com.omnidom.authserver.DemoIdentities.Client;
import com.omnidom.authserver.DemoIdentities.Person;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A configuration no service could use stops the server at start, naming what is wrong. */
class CallersTest {

    @Test
    void storesWarehousesAndPartnersBecomeClientsNamedByTheirIds() {
        Callers callers = new Callers(config(List.of(), List.of("STORE-A"), List.of("WH-B"), List.of("PARTNER-C"), List.of()));

        assertThat(callers.machine("STORE-A")).contains(new Callers.Claims(List.of("channel", "store"), "STORE_POS", "STORE-A", null));
        assertThat(callers.machine("WH-B")).contains(new Callers.Claims(List.of("store"), null, "WH-B", null));
        assertThat(callers.machine("PARTNER-C")).contains(new Callers.Claims(List.of("partner"), null, null, "PARTNER-C"));
        assertThat(callers.machines()).extracting(Callers.Machine::secret)
                .containsExactly("STORE-A-demo-secret", "WH-B-demo-secret", "PARTNER-C-demo-secret");
    }

    @Test
    void eachLocationAndPartnerIdIsAlsoItsStaffsLoginWithTheSameClaims() {
        Callers callers = new Callers(config(List.of(), List.of("STORE-A"), List.of("WH-B"), List.of("PARTNER-C"),
                List.of(new Person("carla", "pw", List.of("cs-agent"), null, null, null))));

        assertThat(callers.people()).extracting(Callers.Login::username, Callers.Login::password).containsExactly(
                tuple("carla", "pw"), tuple("STORE-A", "STORE-A-demo-password"), tuple("WH-B", "WH-B-demo-password"),
                tuple("PARTNER-C", "PARTNER-C-demo-password"));
        assertThat(callers.person("store-a")).isEqualTo(callers.machine("STORE-A"));
        assertThat(callers.person("PARTNER-C")).isEqualTo(callers.machine("PARTNER-C"));
    }

    @Test
    void aPersonNamedLikeALocationStopsTheServer() {
        assertThatThrownBy(() -> new Callers(config(List.of(), List.of("STORE-A"), List.of(), List.of(),
                List.of(new Person("store-a", "pw", List.of("ops"), null, null, null)))))
                .hasMessageContaining("person STORE-A is listed twice");
    }

    @Test
    void anUnknownRoleOrChannelStopsTheServer() {
        assertThatThrownBy(() -> new Callers(config(List.of(new Client("x", "s", List.of("superuser"), null, null, null)),
                List.of(), List.of(), List.of(), List.of())))
                .hasMessageContaining("client x has unknown role 'superuser'");
        assertThatThrownBy(() -> new Callers(config(List.of(new Client("x", "s", List.of("channel"), "WEBSHOP", null, null)),
                List.of(), List.of(), List.of(), List.of())))
                .hasMessageContaining("unknown channel 'WEBSHOP'");
        assertThatThrownBy(() -> new Callers(config(List.of(), List.of(), List.of(), List.of(),
                List.of(new Person("eve", "pw", List.of("root"), null, null, null)))))
                .hasMessageContaining("person eve has unknown role 'root'");
    }

    @Test
    void aDuplicateClientIdOrAMissingSecretStopsTheServer() {
        assertThatThrownBy(() -> new Callers(config(List.of(new Client("STORE-A", "s", List.of("ops"), null, null, null)),
                List.of("STORE-A"), List.of(), List.of(), List.of())))
                .hasMessageContaining("client id STORE-A is listed twice");
        assertThatThrownBy(() -> new Callers(config(List.of(new Client("x", " ", List.of("ops"), null, null, null)),
                List.of(), List.of(), List.of(), List.of())))
                .hasMessageContaining("client x has no secret");
    }

    private static DemoIdentities config(List<Client> clients, List<String> stores, List<String> warehouses,
                                         List<String> partners, List<Person> people) {
        return new DemoIdentities("omnidom", Duration.ofMinutes(15), clients, stores, warehouses, partners,
                "%s-demo-secret", "%s-demo-password", new DemoIdentities.PublicClient("omnidom-cli", List.of("http://127.0.0.1/authorized")),
                new DemoIdentities.WebClient("omnidom-web", "web-secret", List.of("http://127.0.0.1:8088/login/oauth2/code/omnidom"),
                List.of("http://127.0.0.1:8088/")), people);
    }
}
