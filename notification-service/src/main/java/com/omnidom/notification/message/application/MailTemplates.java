package com.omnidom.notification.message.application;

import com.omnidom.notification.message.domain.MessageKind;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@code templates/mail/<kind>.<lang>.txt.mustache} from the class path. A template's first line is
 * {@code Subject: ...}, then a blank line, then the body. The language is looked up as given ({@code de-at}),
 * then by its primary tag ({@code de}), then {@value #FALLBACK}. Text bodies are not HTML-escaped; a variable a
 * template names but the model lacks is an error (caught by the template tests), a null or empty value renders empty and counts as false in a section.
 */
public class MailTemplates {

    public static final String FALLBACK = "en";
    private static final String SUBJECT = "Subject: ";

    private final String location;
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).nullValue("").emptyStringIsFalse(true);
    private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();

    public MailTemplates() {
        this("templates/mail/");
    }

    MailTemplates(String location) {
        this.location = location;
    }

    public RenderedMail render(MessageKind kind, String languageTag, Map<String, Object> model) {
        for (String language : candidates(languageTag)) {
            Optional<Template> template = cache.computeIfAbsent(kind.templateName() + "." + language, this::load);
            if (template.isPresent()) return split(language, template.get().execute(model), kind);
        }
        throw new IllegalStateException("no template for " + kind + " in " + languageTag + " nor " + FALLBACK);
    }

    static Set<String> candidates(String languageTag) {
        Set<String> candidates = new LinkedHashSet<>();
        if (languageTag != null && !languageTag.isBlank()) {
            String tag = languageTag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
            if (tag.matches("[a-z0-9-]{1,35}")) {
                candidates.add(tag);
                candidates.add(tag.split("-")[0]);
            }
        }
        candidates.add(FALLBACK);
        return candidates;
    }

    private Optional<Template> load(String name) {
        String resource = location + name + ".txt.mustache";
        InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) return Optional.empty();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(compiler.compile(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static RenderedMail split(String language, String text, MessageKind kind) {
        String normalized = text.replace("\r\n", "\n");
        int end = normalized.indexOf('\n');
        if (!normalized.startsWith(SUBJECT) || end < 0) {
            throw new IllegalStateException("template " + kind.templateName() + "." + language + " must start with '" + SUBJECT + "'");
        }
        // a customer's name with a line break must not end the subject early: it is one header line
        String subject = normalized.substring(SUBJECT.length(), end).strip();
        String body = normalized.substring(end + 1).replaceFirst("^\n+", "");
        return new RenderedMail(language, subject, body);
    }
}
