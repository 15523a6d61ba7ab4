-- One database per service (each owns its data; Flyway creates the tables at the service's start). Run once by the
-- postgres image's entry point, on a new data volume.
CREATE DATABASE omnidom_catalog;
CREATE DATABASE omnidom_inventory;
CREATE DATABASE omnidom_order;
CREATE DATABASE omnidom_routing;
CREATE DATABASE omnidom_payment;
CREATE DATABASE omnidom_notification;
CREATE DATABASE omnidom_returns;
