package com.omnidom.order.order.domain;

/** How (part of) the order is paid. */
public enum TenderType { CARD, GIFT_CARD, BONUS_POINTS, CASH }
