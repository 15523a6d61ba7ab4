-- The default profile (every channel, every country): the engine's defaults written out, so the happy path routes
-- without any configuration and a planner sees every value it can change in a next version. Two differences: 1 cent
-- per km (the engine's default is 0, where distance only breaks ties), so nearness also weighs against handling costs;
-- and a line left unserved costs 10,000.00 (engine: 50.00), so an order is served whenever stock allows however far
-- away it is (the demo deferred lines whose far shipment cost more than 50.00).
INSERT INTO routing_profile (id, name, version, channel, country, status, content, description, created_at, activated_at)
VALUES ('00000000-0000-0000-0000-000000000001', 'default', 1, NULL, NULL, 'ACTIVE',
        '{"fences": {"allowedTypes": [], "allowedGroups": [], "maxDistanceKm": null, "maxShipments": null,
                     "allowLineSplit": false, "minShipmentValue": null, "requiredCapabilities": [],
                     "respectCapacity": true, "hardPromise": false},
          "weights": {"perShipment": 490, "perUnit": 30, "perKm": 1, "distanceBands": [], "splitPenalty": 300,
                      "latenessPerDay": 200, "unfulfilledLine": 1000000, "unfulfilledUnit": 0, "kmPerTransitDay": 600,
                      "unknownDistanceKm": 1000}}',
        'Capacity respected, lines never split; 4.90 a shipment, 0.30 a unit, 0.01 a km, 3.00 an extra shipment; served whenever stock allows.',
        now(), now());
