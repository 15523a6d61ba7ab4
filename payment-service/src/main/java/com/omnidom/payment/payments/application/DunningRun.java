package com.omnidom.payment.payments.application;

import com.omnidom.payment.taxes.domain.TaxZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Reminds customers of overdue invoices paid on account: every {@code omnidom.payment.dunning.interval} it raises each
 * open invoice past its due date to the dunning level it has reached ({@link AccountsReceivable#remind}), each in its
 * own transaction with its row locked, so two instances (or a run and a payment) never raise one invoice twice and a
 * paid invoice is never reminded. The day is the issuing company's calendar day from the injected clock.
 */
@Component
public class DunningRun extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(DunningRun.class);

    private final AccountsReceivable receivables;
    private final DunningProperties settings;
    private final CompanyProperties company;
    private final Clock clock;
    public DunningRun(AccountsReceivable receivables, DunningProperties settings, CompanyProperties company, Clock clock) {
        super("dunning");
        this.receivables = receivables;
        this.settings = settings;
        this.company = company;
        this.clock = clock;
    }

    /** One run for today (the company's day). */
    public int run() {
        return run(TaxZones.day(clock.instant(), company.country()));
    }

    /** One run as on {@code today}: the number of notices issued. */
    public int run(LocalDate today) {
        if (settings.levels().isEmpty()) return 0;
        int issued = 0;
        for (String invoiceNumber : receivables.overdue(today)) {
            try {
                if (receivables.remind(invoiceNumber, today, settings.levels()).isPresent()) issued++;
            } catch (RuntimeException e) {
                // e.g. a payment racing it for the row: the next run sees the invoice again
                log.warn("dunning of invoice {} not done this run: {}", invoiceNumber, e.toString());
            }
        }
        return issued;
    }

    @Override
    protected Duration interval() {
        return settings.interval();
    }

    @Override
    protected void round() {
        run();
    }
}
