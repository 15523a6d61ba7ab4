package com.omnidom.kernel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void derivesTotalPagesFromTotalAndSize() {
        assertThat(Page.of(List.of("a", "b"), 0, 2, 5).totalPages()).isEqualTo(3);
        assertThat(Page.of(List.of("a", "b"), 0, 2, 4).totalPages()).isEqualTo(2);
        assertThat(Page.of(List.of(), 0, 20, 0).totalPages()).isZero();
        Page<String> page = new Page<>(List.of("x"), 2, 10, 21);
        assertThat(page.totalItems()).isEqualTo(21);
        assertThat(page.total()).isEqualTo(21);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void mapsItemsKeepingTheNumbers() {
        Page<Integer> page = Page.of(List.of("a", "bb"), 1, 2, 7).map(String::length);
        assertThat(page).isEqualTo(new Page<>(List.of(1, 2), 1, 2, 7, 4));
    }

    @Test
    void holdsACopyOfItsItems() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = Page.of(items, 0, 10, 1);
        items.add("b");
        assertThat(page.items()).containsExactly("a");
    }

    @Test
    void anUnpagedListIsOnePage() {
        assertThat(Page.all(List.of("a", "b", "c"))).isEqualTo(new Page<>(List.of("a", "b", "c"), 0, 3, 3, 1));
        assertThat(Page.all(List.of()).totalPages()).isZero();
    }

    @Test
    void rejectsNumbersThatCannotBeAPage() {
        assertThatThrownBy(() -> Page.of(List.of(), -1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.of(List.of(), 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.of(List.of(), 0, 10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
