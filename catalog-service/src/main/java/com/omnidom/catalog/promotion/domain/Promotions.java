package com.omnidom.catalog.promotion.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

/** All promotions, by id. */
public interface Promotions extends JpaRepository<Promotion, String> {

    default Optional<Promotion> find(PromotionId id) {
        return findById(id.value());
    }

    /** The id of the promotion with this coupon code (codes are stored upper case), if any. */
    @Query("select p.id from Promotion p where p.code = :code")
    Optional<String> idOfCode(String code);
}
