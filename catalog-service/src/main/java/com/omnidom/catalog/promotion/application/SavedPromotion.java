package com.omnidom.catalog.promotion.application;

import com.omnidom.catalog.promotion.domain.PromotionSnapshot;

/** The outcome of saving a promotion: its state afterwards and what happened. */
public record SavedPromotion(PromotionSnapshot promotion, Change change) {

    public enum Change { CREATED, UPDATED, UNCHANGED }
}
