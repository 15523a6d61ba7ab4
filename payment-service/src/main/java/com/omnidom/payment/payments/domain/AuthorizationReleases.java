package com.omnidom.payment.payments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** All releases of authorised money, one per cancellation. */
public interface AuthorizationReleases extends JpaRepository<AuthorizationRelease, UUID> {

    boolean existsByCancellationId(UUID cancellationId);

    List<AuthorizationRelease> findByOrderIdOrderByReleasedAtAsc(UUID orderId);
}
