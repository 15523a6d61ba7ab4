package com.omnidom.order.order.web;

import com.omnidom.order.order.application.Customers;
import com.omnidom.order.order.domain.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customers as the channels know them, upserted from their orders")
class CustomerController {

    private final Customers customers;

    CustomerController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping("/{customerId}")
    @Operation(summary = "Read a customer", description = "Contact data of the latest order, loyalty id, first and last "
            + "order, number of orders; 404 if the channel has no such customer (another channel's customer of the same id is someone else). Store customers known only by their loyalty card are loyalty:<id>.")
    Customers.CustomerView get(@PathVariable String customerId,
                               @Parameter(description = "The channel whose customer id it is (ids are the channels' own)")
                               @RequestParam Channel channel) {
        return customers.get(channel, customerId);
    }
}
