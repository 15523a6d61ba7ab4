package com.omnidom.order.order.web;

import com.omnidom.order.TimelineFacts;
import com.omnidom.order.order.domain.OrderFact;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTextTest {

    private final TimelineText text = new TimelineText();

    @Test
    void everyKindOfFactReadsAsTheOrderUsedToWriteIt() {
        TimelineFacts.everyKindWithItsWords().forEach((fact, words) ->
                assertThat(text.summary(fact)).as(fact.getClass().getSimpleName()).isEqualTo(words));
        assertThat(TimelineFacts.everyKindWithItsWords().keySet().stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(OrderFact.class.getPermittedSubclasses()));
    }

    @Test
    void aLongEntryIsCutAtAThousandCharacters() {
        String summary = text.summary(new OrderFact.NoteAdded("x".repeat(2000), "agent"));

        assertThat(summary).hasSize(1000).startsWith("agent: xxx").endsWith("x…");
        assertThat(text.summary(new OrderFact.Shipped("WH-1", null, null, List.of(), 2)))
                .isEqualTo("Shipped from WH-1: ; the cancellation of 2 units came too late");
    }
}
