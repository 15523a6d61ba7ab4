package com.omnidom.catalog.persistence;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JsonColumnsConfiguration {

    @Bean
    HibernatePropertiesCustomizer jackson3JsonColumns() {
        return properties -> properties.put("hibernate.type.json_format_mapper", new Jackson3JsonFormatMapper());
    }
}
