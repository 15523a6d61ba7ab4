package com.omnidom.platform.security;

import com.omnidom.platform.PlatformAutoConfiguration;
import com.omnidom.platform.PlatformSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

/**
 * Every service is an OAuth2 resource server that denies by default: the token (JWT, issuer and JWKS from
 * Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}) must be valid, for the {@code omnidom}
 * audience, and its {@code roles} must be allowed by the service's {@link AccessRules}. Health is open, metrics
 * are for ops, the API docs for admins (or open with {@code omnidom.security.public-api-docs}).
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityPlatformAutoConfiguration {

    @Bean
    AccessPolicy accessPolicy(ObjectProvider<AccessRules> services) {
        return new AccessPolicy(services.orderedStream().toList());
    }

    @Bean
    SecurityFilterChain omnidomSecurity(HttpSecurity http, AccessPolicy policy, SecurityProperties properties)
            throws Exception {
        ProblemAuthentication problems = new ProblemAuthentication();
        http
                // bearer tokens only, no cookies or sessions: nothing for CSRF to ride on
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(AccessPolicy.OPEN.toArray(String[]::new)).permitAll();
                    String[] docs = AccessPolicy.API_DOCS.toArray(String[]::new);
                    if (properties.publicApiDocs()) rules.requestMatchers(docs).permitAll();
                    else rules.requestMatchers(docs).hasRole(Roles.ADMIN);
                    for (AccessRules.Rule rule : policy.rules()) {
                        var matched = rule.method() == null ? rules.requestMatchers(rule.path())
                                : rules.requestMatchers(rule.method(), rule.path());
                        if (rule.open()) matched.permitAll();
                        else matched.hasAnyRole(rule.roles().toArray(String[]::new));
                    }
                    rules.anyRequest().denyAll();
                })
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** The audit trail lives beside the outbox, in the platform's tables of the service's own database. */
    @Bean
    JdbcClient auditJdbc(PlatformSchema schema, DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    WebMvcConfigurer callerAuditAndLimits(JdbcClient auditJdbc, Clock clock, SecurityProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AuditTrail(auditJdbc, clock));
                if (!properties.rateLimits().isEmpty()) {
                    registry.addInterceptor(new RateLimitInterceptor(properties.rateLimits()));
                }
            }
        };
    }

    @Bean
    AuditRecordsController auditRecordsController(JdbcClient auditJdbc) {
        return new AuditRecordsController(auditJdbc);
    }

    /** Services that publish an OpenAPI document get the bearer scheme and each operation's roles in it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApiDocumentation {

        static {
            // the caller comes from the token, not from a request parameter
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        }

        @Bean
        AccessOpenApi accessOpenApi(AccessPolicy policy) {
            return new AccessOpenApi(policy);
        }
    }
}
