package com.omnidom.platform.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.type.format.AbstractJsonFormatMapper;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every service's pool gets the database timeouts ({@link DatabaseTimeouts}); its Flyway migrations run without the
 * statement timeout. For services on JPA: JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)}) read and written with
 * Jackson 3.
 */
@AutoConfiguration
@EnableConfigurationProperties(DatabaseTimeouts.class)
public class PersistencePlatformAutoConfiguration {

    /** Before the pool opens its first connection (Hikari seals its configuration then). */
    @Bean
    static BeanPostProcessor databaseTimeoutsOnThePool(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    DatabaseTimeouts timeouts = Binder.get(environment).bindOrCreate("omnidom.database", DatabaseTimeouts.class);
                    pool.addDataSourceProperty("options", timeouts.connectionOptions());
                }
                return bean;
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(FlywayConfigurationCustomizer.class)
    static class Migrations {

        @Bean
        FlywayConfigurationCustomizer migrationsWithoutStatementTimeout() {
            return flyway -> flyway.dataSource(DatabaseTimeouts.forMigrations(flyway.getDataSource()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({HibernatePropertiesCustomizer.class, AbstractJsonFormatMapper.class})
    static class JsonColumns {

        @Bean
        HibernatePropertiesCustomizer jackson3JsonColumns() {
            return properties -> properties.put("hibernate.type.json_format_mapper", new Jackson3JsonFormatMapper());
        }
    }
}
