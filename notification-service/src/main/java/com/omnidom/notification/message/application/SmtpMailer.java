package com.omnidom.notification.message.application;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;

/**
 * Hands e-mails to the SMTP server, retried with back-off (Resilience4j retry) inside a circuit breaker, so a
 * server that is down is not hammered: while the breaker is open, {@code send} fails fast, before any try, with
 * {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException}.
 */
public class SmtpMailer {

    /** Header that ties an e-mail to its message row, for support and for tests. */
    public static final String MESSAGE_HEADER = "X-Omnidom-Notification-Id";

    private final JavaMailSender sender;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public SmtpMailer(JavaMailSender sender, Retry retry, CircuitBreaker breaker) {
        this.sender = sender;
        this.retry = retry;
        this.breaker = breaker;
    }

    /** Returns once the server accepted the e-mail; throws a {@link org.springframework.mail.MailException} otherwise. */
    public void send(OutgoingMail mail) {
        MimeMessage mime = toMime(mail);
        // the breaker sees one outcome per attempt (after the retries): it never cuts into an attempt's tries, so a
        // refused call (CallNotPermittedException) always means no try was made
        CircuitBreaker.decorateRunnable(breaker, Retry.decorateRunnable(retry, () -> sender.send(mime))).run();
    }

    /**
     * The file as an attachment, always base64: a file that happens to look like text would otherwise travel 7bit
     * and have its line ends rewritten on the way, and a PDF must arrive byte for byte.
     */
    private static MimeBodyPart filePart(OutgoingMail.Attachment file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(file.fileName());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private MimeMessage toMime(OutgoingMail mail) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            // multipart/mixed (text + file) only with an attachment: a plain e-mail stays a single text part
            var helper = mail.attachment() == null ? new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name())
                    : new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            if (mail.attachment() != null) helper.getRootMimeMultipart().addBodyPart(filePart(mail.attachment()));
            // the same Message-ID on a resend lets mail systems recognise the duplicate (see README, at least once)
            mime.setHeader("Message-ID", "<" + mail.messageId() + "@notification.omnidom>");
            mime.setHeader(MESSAGE_HEADER, mail.messageId().toString());
            return mime;
        } catch (AddressException e) {
            throw new MailParseException("not an e-mail address: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot build the e-mail: " + e.getMessage(), e);
        }
    }
}
