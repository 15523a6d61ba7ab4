package com.omnidom.platform.web;

import com.omnidom.kernel.CurrencyMismatch;
import com.omnidom.kernel.IllegalTransition;
import com.omnidom.kernel.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

import java.util.List;

/**
 * Every error leaves as RFC 9457 problem+json. Validation problems name each field in {@code errors};
 * the domain kernel's rejections map here once for every service (a broken rule 422, a step the state does not
 * allow 409, mixed currencies 422); unexpected failures are logged here and answered without any detail of the
 * server's insides.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ResourceNotFound.class)
    ProblemDetail notFound(ResourceNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(StateConflict.class)
    ProblemDetail conflict(StateConflict e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "The resource was changed concurrently; read it again and retry.", null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "The request conflicts with existing data.", null);
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", e.getMessage(), e.problems());
    }

    /** The same answer as {@link InvalidRequest}: the domain names the fields at fault by their JSON paths. */
    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", e.getMessage(),
                e.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail illegalTransition(IllegalTransition e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null);
    }

    /** Amounts in two currencies met: the request's currencies do not fit together (or the resource's). */
    @ExceptionHandler(CurrencyMismatch.class)
    ProblemDetail currencyMismatch(CurrencyMismatch e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", e.getMessage(), null);
    }

    /** A controller that reads the body stream itself (bulk imports) hits the size limit here. */
    @ExceptionHandler(RequestSizeLimitFilter.PayloadTooLarge.class)
    ProblemDetail tooLarge(RequestSizeLimitFilter.PayloadTooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", e.getMessage(), null);
    }

    /** A check in the service's code (a scope claim missing, a role it needs) refused the caller. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail accessDenied(org.springframework.security.access.AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ProblemDetail unauthenticated(org.springframework.security.core.AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required.", null);
    }

    /**
     * The database is unreachable, busy or timed out (a lock held past omnidom.database.lock-timeout): nothing was
     * changed, and the same request may succeed in a moment. Optimistic-lock conflicts stay 409 (the closer handler).
     */
    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("request answered 503, the database is not available now: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                        "The service cannot complete the request right now; nothing was changed. Retry later.", null));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed.", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                problems.isEmpty() ? "The request is invalid." : problems.getFirst().field() + ": " + problems.getFirst().message(),
                problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                problems.isEmpty() ? "The request is invalid." : problems.getFirst().field() + ": " + problems.getFirst().message(),
                problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestSizeLimitFilter.PayloadTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", tooLarge.getMessage(), null));
        }
        if (cause instanceof StreamConstraintsException limit) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Request body beyond limits",
                    limit.getOriginalMessage(), null));
        }
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = JsonPaths.of(json);
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    field + ": unreadable value", List.of(new FieldProblem(field, "unreadable value"))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The body is not well-formed JSON of the expected shape.", null));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own MVC exceptions (405, 406, 415, missing parameter ...) keep their status and get our shape
        if (body == null) {
            body = problem(HttpStatus.valueOf(status.value()), HttpStatus.valueOf(status.value()).getReasonPhrase(),
                    e instanceof org.springframework.web.ErrorResponse er && er.getBody().getDetail() != null
                            ? er.getBody().getDetail() : null, null);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) problem.setProperty("errors", errors);
        return problem;
    }
}
