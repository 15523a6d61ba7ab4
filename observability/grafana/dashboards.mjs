// Omnidom's Grafana dashboards, built with Grafana's foundation SDK (@grafana/grafana-foundation-sdk). Each dashboard
// is a list of panels; every panel's query is PromQL over the metrics the services export, as Prometheus scrapes them
// (each series carries `service` and `instance`; docs/dashboards.md lists them per panel). generate.mjs writes them out.
import { DashboardBuilder, DatasourceVariableBuilder, QueryVariableBuilder, RowBuilder, VariableRefresh, VariableSort }
  from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder as TimeseriesBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { PanelBuilder as StatBuilder } from '@grafana/grafana-foundation-sdk/stat';
import { PanelBuilder as BarGaugeBuilder } from '@grafana/grafana-foundation-sdk/bargauge';
import { LegendDisplayMode, LegendPlacement, StackingConfigBuilder, StackingMode, VizLegendOptionsBuilder }
  from '@grafana/grafana-foundation-sdk/common';

/** Every panel queries the Prometheus the dashboard's `datasource` variable names. */
const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };
const RATE = '$__rate_interval';
const RANGE = '$__range';
/** The `service` variable's matcher: all services unless narrowed. */
const SERVICE = 'service=~"$service"';

/** p-quantile of a Prometheus histogram, aggregated over every instance before the quantile is taken. */
const quantile = (q, metric, by = [], selector = '') =>
  `histogram_quantile(${q}, sum by (${['le', ...by].join(', ')}) (rate(${metric}_bucket${selector ? `{${selector}}` : ''}[${RATE}])))`;

/** Mean of a histogram or summary per group: rate of its sum over rate of its count. */
const mean = (metric, by) =>
  `sum by (${by}) (rate(${metric}_sum[${RATE}])) / sum by (${by}) (rate(${metric}_count[${RATE}]))`;

/**
 * Share of the `selected` series among all of `metric{base}`, per group: 0 (not empty) while no selected series exists
 * yet, which for a counter with labels is until its first increment.
 */
const share = (metric, base, selected, by) => {
  const all = `sum by (${by}) (rate(${metric}${base ? `{${base}}` : ''}[${RATE}]))`;
  return `(sum by (${by}) (rate(${metric}{${[base, selected].filter(Boolean).join(', ')}}[${RATE}])) or ${all} * 0) / ${all}`;
};

const query = (expr, legend, refId) => new DataqueryBuilder().expr(expr).legendFormat(legend ?? '__auto').refId(refId)
  .datasource(DATASOURCE);

const REF_IDS = 'ABCDEFGHIJ';

/** A time series panel: `targets` are [expr, legend] pairs. */
function timeseries(title, description, unit, targets, { width = 12, height = 8, stack = false } = {}) {
  const panel = new TimeseriesBuilder().title(title).description(description).datasource(DATASOURCE).unit(unit)
    .span(width).height(height).fillOpacity(stack ? 30 : 10)
    .legend(new VizLegendOptionsBuilder().showLegend(true).displayMode(LegendDisplayMode.List).placement(LegendPlacement.Bottom));
  if (stack) panel.stacking(new StackingConfigBuilder().mode(StackingMode.Normal).group('A'));
  targets.forEach(([expr, legend], i) => panel.withTarget(query(expr, legend, REF_IDS[i])));
  return panel;
}

/** A stat panel over the dashboard's time range or the current value; `noValue` for counters not yet incremented. */
function stat(title, description, unit, targets, { width = 6, height = 5, noValue } = {}) {
  const panel = new StatBuilder().title(title).description(description).datasource(DATASOURCE).unit(unit)
    .span(width).height(height);
  if (noValue !== undefined) panel.noValue(noValue);
  targets.forEach(([expr, legend], i) => panel.withTarget(query(expr, legend, REF_IDS[i]).instant()));
  return panel;
}

/** A bar gauge of the current value per series (e.g. open orders by status and age). */
function bars(title, description, unit, targets, { width = 12, height = 8 } = {}) {
  const panel = new BarGaugeBuilder().title(title).description(description).datasource(DATASOURCE).unit(unit)
    .span(width).height(height);
  targets.forEach(([expr, legend], i) => panel.withTarget(query(expr, legend, REF_IDS[i]).instant()));
  return panel;
}

const row = title => new RowBuilder(title);

function dashboard(uid, title, description, withService, items) {
  const builder = new DashboardBuilder(title).uid(uid).description(description).tags(['omnidom']).editable()
    .time({ from: 'now-1h', to: 'now' }).refresh('30s').timezone('browser')
    .withVariable(new DatasourceVariableBuilder('datasource').label('Prometheus').type('prometheus'));
  if (withService) {
    builder.withVariable(new QueryVariableBuilder('service').label('Service').datasource(DATASOURCE)
      .query('label_values(up, service)').definition('label_values(up, service)').refresh(VariableRefresh.OnTimeRangeChanged)
      .sort(VariableSort.AlphabeticalAsc).multi(true).includeAll(true).allValue('.*'));
  }
  for (const item of items) {
    if (item instanceof RowBuilder) builder.withRow(item);
    else builder.withPanel(item);
  }
  return builder.build();
}

const overview = () => dashboard('omnidom-overview', 'Omnidom / Overview',
  'Orders in and their outcome, the time from intake to the last fulfilment order assigned, HTTP errors and latency.', true, [
    row('Orders'),
    stat('Accepted', 'Orders accepted in the time range (every channel).', 'short',
      [[`sum(increase(omnidom_orders_accepted_total[${RANGE}]))`, 'accepted']], { noValue: '0' }),
    stat('Held', 'Orders held for risk review in the time range.', 'short',
      [[`sum(increase(omnidom_orders_held_total[${RANGE}]))`, 'held']], { noValue: '0' }),
    stat('Rejected', 'Orders rejected at intake in the time range.', 'short',
      [[`sum(increase(omnidom_orders_rejected_total[${RANGE}]))`, 'rejected']], { noValue: '0' }),
    stat('Cancelled', 'Whole orders and lines cancelled in the time range.', 'short',
      [[`sum(increase(omnidom_orders_cancelled_total[${RANGE}]))`, 'cancelled']], { noValue: '0' }),
    timeseries('Order funnel', 'Orders per second accepted, held, rejected and cancelled (whole order or lines).', 'ops', [
      [`sum(rate(omnidom_orders_accepted_total[${RATE}]))`, 'accepted'],
      [`sum(rate(omnidom_orders_held_total[${RATE}]))`, 'held'],
      [`sum(rate(omnidom_orders_rejected_total[${RATE}]))`, 'rejected'],
      [`sum by (scope) (rate(omnidom_orders_cancelled_total[${RATE}]))`, 'cancelled ({{scope}})'],
    ]),
    timeseries('Accepted orders per channel', 'Throughput: orders accepted per second by sales channel.', 'ops', [
      [`sum by (channel) (rate(omnidom_orders_accepted_total[${RATE}]))`, '{{channel}}'],
    ], { stack: true }),
    timeseries('Time to assigned', 'End-to-end latency: from the order\'s acceptance to its last fulfilment order assigned (p50, p90, p99 over all routing instances).', 's', [
      [quantile(0.5, 'omnidom_order_time_to_assigned_seconds'), 'p50'],
      [quantile(0.9, 'omnidom_order_time_to_assigned_seconds'), 'p90'],
      [quantile(0.99, 'omnidom_order_time_to_assigned_seconds'), 'p99'],
    ]),
    timeseries('Mails sent per kind', 'Customer e-mails sent per second by kind (notification-service).', 'ops', [
      [`sum by (kind) (rate(omnidom_mails_sent_total[${RATE}]))`, '{{kind}}'],
    ]),
    row('HTTP'),
    timeseries('Requests per service', 'HTTP requests per second served by each service (the actuator excluded).', 'reqps', [
      [`sum by (service) (rate(http_server_requests_seconds_count{${SERVICE}, uri!~"/actuator.*"}[${RATE}]))`, '{{service}}'],
    ], { width: 8 }),
    timeseries('HTTP error ratio', 'Share of HTTP responses with a 5xx status per service; 0 while none failed.', 'percentunit', [
      [share('http_server_requests_seconds_count', `${SERVICE}, uri!~"/actuator.*"`, 'status=~"5.."', 'service'), '{{service}}'],
    ], { width: 8 }),
    timeseries('HTTP latency p99', 'The 99th percentile of HTTP response time per service, from the histogram of every instance.', 's', [
      [quantile(0.99, 'http_server_requests_seconds', ['service'], `${SERVICE}, uri!~"/actuator.*"`), '{{service}}'],
    ], { width: 8 }),
    stat('Instances up', 'Scraped instances answering, per service.', 'short',
      [[`sum by (service) (up{${SERVICE}})`, '{{service}}']], { width: 24, height: 4 }),
  ]);

const eventFlow = () => dashboard('omnidom-event-flow', 'Omnidom / Event flow',
  'Kafka consumer lag, the transactional outboxes, dead letters, parked events and event handling per service.', true, [
    row('Consumers'),
    timeseries('Consumer lag', 'Records not yet consumed per consumer group and topic (end offsets minus committed offsets); grows when a consumer stops.', 'short', [
      [`max by (group, topic) (omnidom_consumer_lag_records{${SERVICE}})`, '{{group}} ← {{topic}}'],
    ]),
    timeseries('Events handled', 'Events handled per second per service and outcome (success, parked, dead_lettered, failed).', 'ops', [
      [`sum by (service, outcome) (rate(omnidom_events_handled_seconds_count{${SERVICE}}[${RATE}]))`, '{{service}} {{outcome}}'],
    ]),
    timeseries('Handling time p99 per topic', 'The 99th percentile of the time to handle one event, per topic, over every consumer instance.', 's', [
      [quantile(0.99, 'omnidom_events_handled_seconds', ['topic'], SERVICE), '{{topic}}'],
    ]),
    timeseries('Prerequisite waits', 'Events parked per second until their prerequisite arrives, per service and topic.', 'ops', [
      [`sum by (service, topic) (rate(omnidom_events_parked_total{${SERVICE}}[${RATE}]))`, '{{service}} {{topic}}'],
    ]),
    row('Outbox'),
    timeseries('Outbox backlog', 'Outbox rows not yet published, per service.', 'short', [
      [`max by (service) (omnidom_outbox_backlog{${SERVICE}})`, '{{service}}'],
    ], { width: 8 }),
    timeseries('Outbox age', 'Age of the oldest unpublished outbox row, per service.', 's', [
      [`max by (service) (omnidom_outbox_lag_seconds{${SERVICE}})`, '{{service}}'],
    ], { width: 8 }),
    timeseries('Outbox published and publish latency p99', 'Rows published per second, and the 99th percentile of the time from commit to broker acknowledgement, per service.', 'ops', [
      [`sum by (service) (rate(omnidom_outbox_sent_total{${SERVICE}}[${RATE}]))`, '{{service}} sent/s'],
      [quantile(0.99, 'omnidom_outbox_publish_latency_seconds', ['service'], SERVICE), '{{service}} p99 (s)'],
    ], { width: 8 }),
    row('Dead letters and parked events'),
    timeseries('Open dead letters', 'Dead letters waiting in each service\'s table, per topic.', 'short', [
      [`max by (service, topic) (omnidom_dead_letters{${SERVICE}})`, '{{service}} {{topic}}'],
    ], { width: 8 }),
    timeseries('Dead letters written', 'Dead letters written per second, per service and topic.', 'ops', [
      [`sum by (service, topic) (rate(omnidom_dead_letters_written_total{${SERVICE}}[${RATE}]))`, '{{service}} {{topic}}'],
    ], { width: 8 }),
    timeseries('Parked events', 'Events parked now, and the age of the oldest, per service.', 'short', [
      [`max by (service) (omnidom_parked_events{${SERVICE}})`, '{{service}} parked'],
      [`max by (service) (omnidom_parked_oldest_age_seconds{${SERVICE}})`, '{{service}} oldest (s)'],
    ], { width: 8 }),
  ]);

const routing = () => dashboard('omnidom-routing', 'Omnidom / Routing',
  'The routing engine\'s decisions per profile: rate, time, cost, shipments and splits; deferred and unroutable lines; stock allocation.', false, [
    row('Decisions'),
    timeseries('Decisions per profile', 'Routing decisions per second, per routing profile.', 'ops', [
      [`sum by (profile) (rate(omnidom_routing_decision_seconds_count[${RATE}]))`, '{{profile}}'],
    ], { width: 8 }),
    timeseries('Decision time p99', 'The 99th percentile of the engine\'s decision time per profile, over every routing instance.', 's', [
      [quantile(0.99, 'omnidom_routing_decision_seconds', ['profile']), '{{profile}}'],
    ], { width: 8 }),
    timeseries('Routed orders', 'Orders routed per second, per profile, split into several shipments or not.', 'ops', [
      [`sum by (profile, split) (rate(omnidom_routing_orders_total[${RATE}]))`, '{{profile}} split={{split}}'],
    ], { width: 8, stack: true }),
    row('Plans'),
    timeseries('Cost per order', 'Mean cost of the decided plan per order (in the cost model\'s unit), per profile.', 'none', [
      [mean('omnidom_routing_order_cost', 'profile'), '{{profile}}'],
    ], { width: 8 }),
    timeseries('Shipments per order', 'Mean number of shipments (fulfilment orders) per routed order, per profile.', 'none', [
      [mean('omnidom_routing_shipments_per_order', 'profile'), '{{profile}}'],
    ], { width: 8 }),
    timeseries('Split rate', 'Share of routed orders split into more than one shipment, per profile.', 'percentunit', [
      [share('omnidom_routing_orders_total', '', 'split="true"', 'profile'), '{{profile}}'],
    ], { width: 8 }),
    row('Lines and stock'),
    timeseries('Deferred and unroutable lines', 'Order lines deferred (no stock yet) and unroutable (by reason), per second.', 'ops', [
      [`sum(rate(omnidom_routing_lines_deferred_total[${RATE}]))`, 'deferred'],
      [`sum by (reason) (rate(omnidom_routing_lines_unroutable_total[${RATE}]))`, 'unroutable {{reason}}'],
    ]),
    timeseries('Stock allocations', 'Allocations per second by outcome, and allocation failures by reason (inventory-service).', 'ops', [
      [`sum by (outcome) (rate(omnidom_stock_allocations_total[${RATE}]))`, '{{outcome}}'],
      [`sum by (reason) (rate(omnidom_stock_allocation_failures_total[${RATE}]))`, 'failed: {{reason}}'],
    ]),
  ]);

const stores = () => dashboard('omnidom-stores-partners', 'Omnidom / Stores and partners',
  'How stores, warehouses, drop shippers and partners work their fulfilment orders: transitions, time to ship and to pickup, rejections, capacity.', false, [
    row('Fulfilment orders'),
    timeseries('Transitions per location type', 'Fulfilment orders per second entering each state (assigned, acknowledged, rejected, shipped, ready_for_pickup, picked_up, cancelled, reminded, expired), per location type.', 'ops', [
      [`sum by (transition, location_type) (rate(omnidom_fulfillment_orders_total[${RATE}]))`, '{{location_type}} {{transition}}'],
    ], { width: 24 }),
    timeseries('Time to ship', 'From assigned to shipped, p50 and p90 per location type, over every routing instance.', 's', [
      [quantile(0.5, 'omnidom_fulfillment_time_to_ship_seconds', ['location_type']), '{{location_type}} p50'],
      [quantile(0.9, 'omnidom_fulfillment_time_to_ship_seconds', ['location_type']), '{{location_type}} p90'],
    ]),
    timeseries('Time to pickup', 'From ready for pickup to picked up, p50 and p90 per location type.', 's', [
      [quantile(0.5, 'omnidom_fulfillment_time_to_pickup_seconds', ['location_type']), '{{location_type}} p50'],
      [quantile(0.9, 'omnidom_fulfillment_time_to_pickup_seconds', ['location_type']), '{{location_type}} p90'],
    ]),
    row('Rejections and capacity'),
    timeseries('Rejections by reason', 'Fulfilment orders rejected per second by reason and location type.', 'ops', [
      [`sum by (reason, location_type) (rate(omnidom_fulfillment_rejections_total[${RATE}]))`, '{{location_type}} {{reason}}'],
    ]),
    bars('Capacity use', 'Share of each location\'s capacity in use (only locations with a known capacity report it).', 'percentunit', [
      [`max by (location) (omnidom_location_capacity_used_ratio)`, '{{location}}'],
    ]),
  ]);

const money = () => dashboard('omnidom-money', 'Omnidom / Money',
  'Payments: captures, refunds and releases (count and amount per currency), returns refunded, PSP health and pending intents.', false, [
    row('Amounts in the time range'),
    stat('Captured', 'Amount captured in the time range, per currency.', 'none',
      [[`sum by (currency) (increase(omnidom_payment_captured_amount_total[${RANGE}]))`, '{{currency}}']], { width: 6, noValue: '0' }),
    stat('Refunded', 'Amount refunded in the time range, per currency.', 'none',
      [[`sum by (currency) (increase(omnidom_payment_refunded_amount_total[${RANGE}]))`, '{{currency}}']], { width: 6, noValue: '0' }),
    stat('Released', 'Authorised amount released (not captured) in the time range, per currency.', 'none',
      [[`sum by (currency) (increase(omnidom_payment_released_amount_total[${RANGE}]))`, '{{currency}}']], { width: 6, noValue: '0' }),
    stat('Returns refunded', 'What customers get back for returns in the time range, per currency (returns-service).', 'none',
      [[`sum by (currency) (increase(omnidom_returns_refund_amount_total[${RANGE}]))`, '{{currency}}']], { width: 6, noValue: '0' }),
    row('Payments'),
    timeseries('Payment operations', 'Captures, refunds and releases per second, per currency.', 'ops', [
      [`sum by (currency) (rate(omnidom_payment_captures_total[${RATE}]))`, 'captures {{currency}}'],
      [`sum by (currency) (rate(omnidom_payment_refunds_total[${RATE}]))`, 'refunds {{currency}}'],
      [`sum by (currency) (rate(omnidom_payment_releases_total[${RATE}]))`, 'releases {{currency}}'],
    ]),
    timeseries('Amounts per second', 'Captured, refunded and released amount per second, per currency.', 'none', [
      [`sum by (currency) (rate(omnidom_payment_captured_amount_total[${RATE}]))`, 'captured {{currency}}'],
      [`sum by (currency) (rate(omnidom_payment_refunded_amount_total[${RATE}]))`, 'refunded {{currency}}'],
      [`sum by (currency) (rate(omnidom_payment_released_amount_total[${RATE}]))`, 'released {{currency}}'],
    ]),
    timeseries('Returns received', 'Returned parcels received per second (returns-service).', 'ops', [
      [`sum(rate(omnidom_returns_received_total[${RATE}]))`, 'received'],
    ], { width: 8 }),
    row('PSP'),
    timeseries('PSP errors', 'Calls to the PSP that failed, per second by operation and kind (timeout, declined, unavailable, breaker_open).', 'ops', [
      [`sum by (operation, kind) (rate(omnidom_psp_errors_total[${RATE}]))`, '{{operation}} {{kind}}'],
    ], { width: 8 }),
    stat('Circuit breakers', 'The state each circuit breaker is in now (psp: payment-service, smtp: notification-service).', 'none',
      [[`max by (name, state) (resilience4j_circuitbreaker_state) == 1`, '{{name}}: {{state}}']], { width: 8 }),
    timeseries('PSP calls', 'Calls through the psp circuit breaker per second, by result kind.', 'ops', [
      [`sum by (kind) (rate(resilience4j_circuitbreaker_calls_seconds_count{name="psp"}[${RATE}]))`, '{{kind}}'],
    ], { width: 8 }),
    timeseries('Pending PSP intents', 'PSP calls decided but not yet answered (payment intents), and the age of the oldest.', 'short', [
      [`max(omnidom_payment_intents_pending)`, 'pending'],
      [`max(omnidom_payment_intents_oldest_age_seconds)`, 'oldest (s)'],
    ], { width: 24 }),
  ]);

const orderAge = () => dashboard('omnidom-order-age', 'Omnidom / Order age',
  'The age report of order-service: open orders by status, channel and age bucket, stuck orders, open orders per location.', false, [
    row('Open orders'),
    stat('Open orders', 'Orders not yet completed or cancelled.', 'short',
      [[`sum(max by (status, channel, age) (omnidom_orders_open))`, 'open']], { width: 8 }),
    stat('Stuck orders', 'Open orders older than their status\'s threshold (the age report\'s "stuck").', 'short',
      [[`sum(max by (status) (omnidom_orders_stuck))`, 'stuck']], { width: 8 }),
    stat('Open orders per channel', 'Open orders by sales channel.', 'short',
      [[`sum by (channel) (max by (status, channel, age) (omnidom_orders_open))`, '{{channel}}']], { width: 8 }),
    timeseries('Open orders by status', 'Open orders per status over time.', 'short', [
      [`sum by (status) (max by (status, channel, age) (omnidom_orders_open))`, '{{status}}'],
    ], { stack: true }),
    bars('Open orders by status and age', 'Open orders now, per status and age bucket.', 'short', [
      [`sum by (status, age) (max by (status, channel, age) (omnidom_orders_open))`, '{{status}} {{age}}'],
    ]),
    row('Stuck orders and locations'),
    timeseries('Stuck orders by status', 'Orders beyond their status\'s age threshold, per status.', 'short', [
      [`max by (status) (omnidom_orders_stuck)`, '{{status}}'],
    ]),
    bars('Open orders by location', 'Open orders with a fulfilment order at each location.', 'short', [
      [`max by (location) (omnidom_orders_open_by_location)`, '{{location}}'],
    ]),
  ]);

/** File name (without .json) to dashboard. */
export const DASHBOARDS = {
  overview: overview,
  'event-flow': eventFlow,
  routing,
  'stores-and-partners': stores,
  money,
  'order-age': orderAge,
};
