/** JPA support shared by services that use Hibernate: JSON columns through Jackson 3. */
package com.omnidom.platform.persistence;
