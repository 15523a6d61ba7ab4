/** Rule violations and wrong transitions shared by the features' domains; no web, Kafka or JSON here. */
package com.omnidom.returns.shared.domain;
