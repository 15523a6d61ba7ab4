package com.omnidom.payment.payments.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** Gift card balances by number. */
public interface GiftCards extends JpaRepository<GiftCard, String> {

    /** The card with its row locked until the transaction ends: reservations of two orders are decided one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from GiftCard c where c.number = :number")
    Optional<GiftCard> lock(@Param("number") String number);
}
