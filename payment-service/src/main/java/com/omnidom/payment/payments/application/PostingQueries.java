package com.omnidom.payment.payments.application;

import com.omnidom.payment.payments.domain.Journal;
import com.omnidom.payment.payments.domain.JournalEntries;
import com.omnidom.payment.payments.domain.JournalEntry;
import com.omnidom.payment.payments.domain.OrderId;
import com.omnidom.payment.payments.domain.Payment;
import com.omnidom.payment.payments.domain.Payments;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Reads the journal: an order's entries with its debtor balance, and the daily export file. */
@Service
public class PostingQueries {

    /** The export's columns, one row per line of an entry (see the README's *Postings* for the layout). */
    public static final String EXPORT_HEADER = "entry_number,entry_id,business_day,posted_at,company,kind,source_id,"
            + "document,order_id,account,debit,credit,currency,tax_rate,tender_type";

    private final Payments payments;
    private final JournalEntries journal;
    private final AccountProperties accounts;

    public PostingQueries(Payments payments, JournalEntries journal, AccountProperties accounts) {
        this.payments = payments;
        this.journal = journal;
        this.accounts = accounts;
    }

    /**
     * @param balance the order's receivable: Σ debits − Σ credits on the receivable account; zero once the order is
     *                settled (invoiced and captured; after a return, credited and refunded)
     */
    public record OrderPostings(OrderId orderId, String currency, String receivableAccount, BigDecimal balance,
                                List<JournalEntry> entries) {
    }

    @Transactional(readOnly = true)
    public OrderPostings ofOrder(OrderId orderId) {
        Payment payment = payments.find(orderId)
                .orElseThrow(() -> new ResourceNotFound("no payment for order " + orderId));
        List<JournalEntry> entries = journal.findByOrderIdOrderByEntryNumberAsc(orderId.value());
        String receivable = accounts.receivable();
        BigDecimal balance = BigDecimal.ZERO;
        for (JournalEntry entry : entries) {
            for (Journal.Line line : entry.lines()) {
                if (!line.account().equals(receivable)) continue;
                balance = line.side() == Journal.Side.DEBIT ? balance.add(line.amount()) : balance.subtract(line.amount());
            }
        }
        return new OrderPostings(orderId, payment.currency(), receivable, balance, entries);
    }

    /**
     * The day's entries as CSV (RFC 4180, comma, header row, {@code .} as decimal point, UTF-8), in entry number
     * order, one row per line. Rendered from the immutable journal on each request: a closed day gives the same bytes
     * every time.
     */
    @Transactional(readOnly = true)
    public String export(LocalDate businessDay) {
        StringBuilder csv = new StringBuilder(EXPORT_HEADER).append("\r\n");
        for (JournalEntry entry : journal.findByBusinessDayOrderByEntryNumberAsc(businessDay)) {
            for (Journal.Line line : entry.lines()) {
                csv.append(entry.entryNumber()).append(',')
                        .append(entry.entryId()).append(',')
                        .append(entry.businessDay()).append(',')
                        .append(DateTimeFormatter.ISO_INSTANT.format(entry.postedAt())).append(',')
                        .append(field(entry.company())).append(',')
                        .append(entry.kind()).append(',')
                        .append(entry.sourceId()).append(',')
                        .append(field(entry.document())).append(',')
                        .append(entry.orderId()).append(',')
                        .append(field(line.account())).append(',')
                        .append(line.side() == Journal.Side.DEBIT ? line.amount().toPlainString() : "").append(',')
                        .append(line.side() == Journal.Side.CREDIT ? line.amount().toPlainString() : "").append(',')
                        .append(entry.currency()).append(',')
                        .append(line.taxRate() == null ? "" : line.taxRate().toPlainString()).append(',')
                        .append(line.tenderType() == null ? "" : line.tenderType().name())
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    /** A text field, quoted when it holds a comma, quote or line break (RFC 4180). */
    private static String field(String value) {
        if (value == null) return "";
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) return value;
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
