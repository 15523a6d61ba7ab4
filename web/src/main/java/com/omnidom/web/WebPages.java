package com.omnidom.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;

/** The start page, the language (the browser's, or chosen with {@code ?lang=de|en} and kept), and refusals as pages. */
@Configuration(proxyBeanMethods = false)
class WebPages implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("omnidom-web-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LocaleChangeInterceptor());
    }

    /** Each person lands in their application; someone with neither role is told so. */
    @Controller
    static class Home {
        @GetMapping("/")
        String home(Authentication person) {
            if (has(person, "ROLE_store")) return "redirect:/store";
            if (has(person, "ROLE_partner")) return "redirect:/partner";
            if (has(person, "ROLE_cs-agent")) return "redirect:/cs";
            if (has(person, "ROLE_risk-reviewer")) return "redirect:/cs/reviews";
            return "home";
        }

        private static boolean has(Authentication person, String role) {
            return person.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
        }
    }

    /** Every page knows who is signed in and which application is theirs (the header's navigation). */
    @ControllerAdvice
    static class Person {
        @ModelAttribute("person")
        String person(Authentication person) {
            return person == null ? null : person.getName();
        }

        @ModelAttribute("app")
        String app(Authentication person) {
            if (person == null) return "none";
            if (Home.has(person, "ROLE_store")) return "store";
            if (Home.has(person, "ROLE_partner")) return "partner";
            return Home.has(person, "ROLE_cs-agent") || Home.has(person, "ROLE_risk-reviewer") ? "cs" : "none";
        }

        /** The person's roles, for the navigation to show only what they may open. */
        @ModelAttribute("roles")
        java.util.Set<String> roles(Authentication person) {
            if (person == null) return java.util.Set.of();
            return person.getAuthorities().stream().map(a -> a.getAuthority())
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** A service's refusal outside a step (reading a page): its status and detail; another location's order is a 404. */
    @ControllerAdvice
    static class Refusals {
        @ExceptionHandler(ApiRefusal.class)
        String refused(ApiRefusal refusal, HttpServletResponse response, Model model, Authentication person) {
            // an exception handler's model gets none of the @ModelAttribute methods' attributes
            Person who = new Person();
            model.addAttribute("person", who.person(person));
            model.addAttribute("app", who.app(person));
            model.addAttribute("roles", who.roles(person));
            response.setStatus(refusal.status().value());
            model.addAttribute("status", refusal.status().value());
            model.addAttribute("detail", refusal.notFound() ? null : refusal.getMessage());
            return "refused";
        }
    }
}
