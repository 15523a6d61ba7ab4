#!/usr/bin/env bash
# After demo traffic on the compose stack (scaled or not): did every effect happen once? Reads the services'
# databases through the postgres container and prints the orders by status and each check; exit 1 when one fails.
#
#   containers/compose/check-orders.sh [project]      # project: as docker-compose names it (default: the folder's)
#
# The checks: no order line was assigned, shipped or picked up beyond its ordered quantity (order-service); every
# fulfilment order has exactly one allocation and no allocation lacks its fulfilment order (routing / inventory);
# no fulfilment order was captured twice (payment); no stock row allocates more than it has. Units still allocated
# are counted, not failed: work may be under way.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
default_project="$(basename "$ROOT" | tr '[:upper:]' '[:lower:]' | tr -cd 'a-z0-9_-')"
project="${1:-${COMPOSE_PROJECT_NAME:-$default_project}}"
container="$(docker ps --filter "label=com.docker.compose.project=$project" \
  --filter "label=com.docker.compose.service=postgres" --format '{{.ID}}' | head -1)"
[[ -n "$container" ]] || { echo "no postgres container of compose project '$project'" >&2; exit 2; }

# psql inside the container, as the stack's database user
sql() { docker exec "$container" sh -c 'psql -U "$POSTGRES_USER" -At -F " " -d "$0" -c "$1"' "$1" "$2"; }

failed=0
check() {
  local what=$1 value=$2
  if [[ "$value" == 0 ]]; then printf 'ok    %s\n' "$what"; else printf 'FAIL  %s: %s\n' "$what" "$value"; failed=1; fi
}

echo "orders by status: $(sql omnidom_order "SELECT string_agg(status || ' ' || n, ', ' ORDER BY n DESC)
  FROM (SELECT status, count(*) n FROM customer_order GROUP BY status) s")"
check "order lines assigned beyond their quantity" \
  "$(sql omnidom_order "SELECT count(*) FROM order_line WHERE assigned > ordered")"
check "order lines shipped or picked up beyond their quantity" \
  "$(sql omnidom_order "SELECT count(*) FROM order_line WHERE shipped + picked_up > ordered")"

routing="$(sql omnidom_routing "SELECT id FROM fulfillment_order ORDER BY id")"
allocations="$(sql omnidom_inventory "SELECT fulfillment_id FROM allocation ORDER BY fulfillment_id")"
echo "fulfilment orders: $(grep -c . <<<"$routing" || true), allocations: $(grep -c . <<<"$allocations" || true)"
check "fulfilment orders without exactly one allocation, or allocations without their fulfilment order" \
  "$(diff <(echo "$routing") <(echo "$allocations") | grep -c '^[<>]' || true)"
check "fulfilment orders captured more than once" \
  "$(sql omnidom_payment "SELECT count(*) FROM (SELECT fulfillment_id FROM capture GROUP BY fulfillment_id HAVING count(*) > 1) d")"
check "stock rows allocated beyond their quantity on hand" \
  "$(sql omnidom_inventory "SELECT count(*) FROM stock WHERE allocated > on_hand OR allocated < 0")"
echo "stock still allocated (work in progress): $(sql omnidom_inventory "SELECT coalesce(sum(allocated), 0) FROM stock") units"
exit "$failed"
