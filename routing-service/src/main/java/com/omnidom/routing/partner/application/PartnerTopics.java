package com.omnidom.routing.partner.application;

/** Creates a partner's topics (auto-creation is off on the brokers); implemented at the Kafka edge. */
public interface PartnerTopics {

    /** Idempotent: the partner's topics exist when this returns. */
    void ensure(String partnerId);
}
