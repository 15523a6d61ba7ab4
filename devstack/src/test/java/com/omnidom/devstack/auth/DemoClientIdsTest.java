package com.omnidom.devstack.auth;

import com.omnidom.devstack.demo.CatalogDocuments.Location;
import com.omnidom.devstack.demo.DemoRetailer;
import com.omnidom.routing.lab.cities.Cities;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The authorization server's clients are exactly the locations the demo loads, and each works its own. */
class DemoClientIdsTest {

    private final DemoRetailer retailer = DemoRetailer.generate(Cities.load(), 42, 60, 3000);

    @Test
    void everyStoreWarehouseAndPartnerOfTheLoadedRetailerGetsAClient() {
        Map<String, List<String>> environment = Arrays.stream(DemoClientIds.environment(
                        DemoRetailer.locations(Cities.load(), 42, 60)).split("\n"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> List.of(line.substring(line.indexOf('=') + 1).split(","))));

        assertThat(environment.get("OMNIDOM_AUTH_STORES")).hasSize(60)
                .containsExactlyInAnyOrderElementsOf(ids("STORE"));
        assertThat(environment.get("OMNIDOM_AUTH_WAREHOUSES")).containsExactlyInAnyOrderElementsOf(ids("WAREHOUSE"));
        assertThat(environment.get("OMNIDOM_AUTH_PARTNERS"))
                .containsExactly("PARTNER-BERGWERK", "PARTNER-LUMEN", "PARTNER-NORDHOLZ");
    }

    @Test
    void theComposeStacksClientsAreTheDemoRetailers() throws IOException {
        // docker-compose.yml gives the authorization server this file: it must name the retailer ./omnidom demo loads
        List<String> file = Files.readAllLines(Path.of("../containers/compose/demo-clients.env")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertThat(file).containsExactly(DemoClientIds.environment(DemoRetailer.locations(Cities.load(), 42, 60)).split("\n"));
    }

    @Test
    void aLocationIsWorkedByItselfOrByItsPartner() {
        Map<String, Location> byId = retailer.locations().stream()
                .collect(Collectors.toMap(Location::id, Function.identity()));

        assertThat(DemoCredentials.locationClient(byId.get("STORE-DE-BERLIN-01"))).isEqualTo("STORE-DE-BERLIN-01");
        assertThat(retailer.locations()).filteredOn(l -> l.type().equals("DROP_SHIPPER"))
                .extracting(DemoCredentials::locationClient)
                .containsExactlyInAnyOrder("PARTNER-BERGWERK", "PARTNER-LUMEN", "PARTNER-NORDHOLZ");
    }

    private List<String> ids(String type) {
        return retailer.locations().stream().filter(l -> l.type().equals(type)).map(Location::id).toList();
    }
}
