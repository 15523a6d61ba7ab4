package com.omnidom.payment.payments.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** Loyalty accounts by their number. */
public interface LoyaltyAccounts extends JpaRepository<LoyaltyAccount, String> {

    /** The account with its row locked until the transaction ends: reservations of two orders are decided one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoyaltyAccount a where a.account = :account")
    Optional<LoyaltyAccount> lock(@Param("account") String account);
}
