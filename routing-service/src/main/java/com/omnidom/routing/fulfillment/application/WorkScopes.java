package com.omnidom.routing.fulfillment.application;

import com.omnidom.platform.security.Caller;
import com.omnidom.platform.security.Roles;
import com.omnidom.routing.replica.application.PartnerLocations;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * A caller's {@link WorkScope} from its token: cs-agents and ops see every location's fulfilment orders; a store
 * (or warehouse) caller only its token's {@code location}; a partner only the locations whose catalog partnerId is
 * its token's {@code partner}. A token with both scoped roles gets both; any other caller none.
 */
@Component
public class WorkScopes {

    /** The roles that see every location's fulfilment orders (what each may do besides reading is in the access rules). */
    static final String[] EVERYWHERE = {Roles.CS_AGENT, Roles.OPS};

    private final PartnerLocations partnerLocations;

    public WorkScopes(PartnerLocations partnerLocations) {
        this.partnerLocations = partnerLocations;
    }

    public WorkScope of(Caller caller) {
        if (caller.hasAnyRole(EVERYWHERE)) return WorkScope.EVERYWHERE;
        // closed by default: a caller that is neither staff, store nor partner sees nothing
        String location = caller.onlyLocation();
        String partner = caller.onlyPartner();
        Set<String> locations = new HashSet<>();
        if (location != null) locations.add(location);
        if (partner != null) locations.addAll(partnerLocations.of(partner));
        return WorkScope.only(locations);
    }
}
