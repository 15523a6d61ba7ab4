package com.omnidom.platform.persistence;

import org.hibernate.type.format.AbstractJsonFormatMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/** For services on JPA: JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)}) read and written with Jackson 3. */
@AutoConfiguration
@ConditionalOnClass({HibernatePropertiesCustomizer.class, AbstractJsonFormatMapper.class})
public class PersistencePlatformAutoConfiguration {

    @Bean
    HibernatePropertiesCustomizer jackson3JsonColumns() {
        return properties -> properties.put("hibernate.type.json_format_mapper", new Jackson3JsonFormatMapper());
    }
}
