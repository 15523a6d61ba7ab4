/** JSON columns mapped with the service's Jackson 3, which Hibernate 7.2 cannot find on its own. */
package com.omnidom.catalog.persistence;
