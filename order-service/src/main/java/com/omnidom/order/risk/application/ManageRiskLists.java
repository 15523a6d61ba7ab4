package com.omnidom.order.risk.application;

import com.omnidom.order.risk.domain.EntryKind;
import com.omnidom.order.risk.domain.ListEntry;
import com.omnidom.order.risk.domain.ListType;
import com.omnidom.order.risk.persistence.RiskListEntries;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Adds, removes and lists black and white list entries; values are normalised as the check compares them. */
@Service
public class ManageRiskLists {

    private final RiskListEntries entries;
    private final Clock clock;

    public ManageRiskLists(RiskListEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public ListEntry add(ListType list, EntryKind kind, String channel, String value, String reason, String createdBy) {
        // one channel's customer id says nothing about another channel's customer of the same id
        if (kind == EntryKind.CUSTOMER_ID && channel == null) {
            throw new InvalidRequest("channel", "is required for a CUSTOMER_ID entry: customer ids are the channels' own");
        }
        if (kind != EntryKind.CUSTOMER_ID && channel != null) {
            throw new InvalidRequest("channel", "names a channel only for a CUSTOMER_ID entry");
        }
        String normalised = kind.normalise(value);
        if (normalised == null) throw new InvalidRequest("value", "is empty once normalised");
        if (normalised.length() > 500) throw new InvalidRequest("value", "must have at most 500 characters once normalised");
        ListEntry entry = new ListEntry(UUID.randomUUID(), list, kind, channel, normalised, reason, createdBy,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        entries.add(entry);
        return entry;
    }

    @Transactional
    public void remove(UUID id) {
        if (!entries.remove(id)) throw new ResourceNotFound("No list entry with id " + id + ".");
    }

    @Transactional(readOnly = true)
    public RiskPage<ListEntry> find(ListType list, EntryKind kind, int page, int size) {
        return RiskPage.of(entries.find(list, kind, page, size), page, size, entries.count(list, kind));
    }
}
