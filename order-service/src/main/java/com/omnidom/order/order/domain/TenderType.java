package com.omnidom.order.order.domain;

/** How (part of) the order is paid; ON_ACCOUNT: the customer pays the invoice later, nothing is authorised. */
public enum TenderType { CARD, GIFT_CARD, BONUS_POINTS, CASH, ON_ACCOUNT }
