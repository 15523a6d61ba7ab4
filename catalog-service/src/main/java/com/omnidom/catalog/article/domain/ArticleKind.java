package com.omnidom.catalog.article.domain;

/** What is sold: goods that ship, a service, a gift card or a digital right (no shipment). */
public enum ArticleKind { PHYSICAL, SERVICE, GIFT_CARD, DIGITAL_RIGHT }
