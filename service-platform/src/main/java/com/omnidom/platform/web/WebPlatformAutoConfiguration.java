package com.omnidom.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json error answers, their place in the OpenAPI documents, and request limits for every service's REST API. */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class WebPlatformAutoConfiguration {

    /** Boot's mapper with Boot's customisations, on a parser factory that enforces our depth and length limits (not named jsonMapper: Spring Cloud Function has a bean of that name). */
    @Bean
    @Primary
    JsonMapper omnidomJsonMapper(ObjectProvider<JsonMapperBuilderCustomizer> customizers, WebLimitsProperties limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxStringLength(limits.maxJsonStringLength())
                        .build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebLimitsProperties limits) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication
    ProblemAdvice problemAdvice() {
        return new ProblemAdvice();
    }

    /** Services that publish an OpenAPI document (springdoc) get their error answers documented the same way. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
    static class OpenApiDocumentation {

        @Bean
        ProblemOpenApi problemOpenApi() {
            return new ProblemOpenApi();
        }
    }
}
