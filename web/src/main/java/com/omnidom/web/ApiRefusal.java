package com.omnidom.web;

import org.springframework.http.HttpStatusCode;

/** A service said no: its status and the problem's detail, shown to the person as the service put it. */
public class ApiRefusal extends RuntimeException {

    private final HttpStatusCode status;

    public ApiRefusal(HttpStatusCode status, String detail) {
        super(detail);
        this.status = status;
    }

    public HttpStatusCode status() {
        return status;
    }

    public boolean notFound() {
        return status.value() == 404;
    }
}
