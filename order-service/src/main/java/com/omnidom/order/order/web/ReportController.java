package com.omnidom.order.order.web;

import com.omnidom.order.order.application.AgeReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "How old the open orders are and which are stuck")
class ReportController {

    private final AgeReport ageReport;

    ReportController(AgeReport ageReport) {
        this.ageReport = ageReport;
    }

    @GetMapping("/order-age")
    @Operation(summary = "Age of the open orders",
            description = "Open orders (not completed, returned, cancelled or rejected) per age bucket since placement "
                    + "(<1h, 1-4h, 4-24h, 1-3d, >3d), by current status, by channel and by working location; and the orders "
                    + "in their current status longer than its threshold (omnidom.order.stuck-after), longest first. The "
                    + "same counts are Prometheus gauges: omnidom_orders_open, omnidom_orders_open_by_location, omnidom_orders_stuck.")
    AgeReport.Report orderAge(@RequestParam(defaultValue = "100") @Min(0) @Max(1000) int stuckLimit) {
        return ageReport.report(stuckLimit);
    }
}
