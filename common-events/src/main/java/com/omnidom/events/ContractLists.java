package com.omnidom.events;

import java.util.List;

/** Lists in events are never null and never change after construction: consumers need not guard. */
public final class ContractLists {

    private ContractLists() {
    }

    public static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
