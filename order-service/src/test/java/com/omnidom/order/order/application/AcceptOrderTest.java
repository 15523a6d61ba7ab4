package com.omnidom.order.order.application;

import com.omnidom.kernel.GeoPoint;
import com.omnidom.kernel.RuleViolation;
import com.omnidom.kernel.RuleViolation.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcceptOrderTest {

    @Test
    void coordinatesOutOfRangeAreABrokenRuleNamingEachField() {
        assertThat(AcceptOrder.geo(new OrderRequest.Geo(52.53, 13.38))).isEqualTo(new GeoPoint(52.53, 13.38));
        assertThat(AcceptOrder.geo(null)).isNull();
        assertThatThrownBy(() -> AcceptOrder.geo(new OrderRequest.Geo(91.0, -181.0)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("delivery.geo.latitude", "delivery.geo.longitude"));
    }
}
