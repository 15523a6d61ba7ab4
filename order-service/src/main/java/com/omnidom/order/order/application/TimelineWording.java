package com.omnidom.order.order.application;

import com.omnidom.order.order.domain.OrderFact;

/** Puts a timeline fact into words for people; implemented at the edge (web), where the language of the answer lives. */
public interface TimelineWording {

    String summary(OrderFact fact);
}
