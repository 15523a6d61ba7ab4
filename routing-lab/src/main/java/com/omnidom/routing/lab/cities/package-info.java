/** Real places for generated worlds and demo data: the bundled GeoNames cities and their reader. */
package com.omnidom.routing.lab.cities;
