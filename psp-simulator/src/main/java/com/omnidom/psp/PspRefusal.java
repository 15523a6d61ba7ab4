package com.omnidom.psp;

/** A request the PSP answers with a 4xx and a machine-readable {@code error} code; it changed nothing. */
public final class PspRefusal extends RuntimeException {

    private final int status;
    private final String error;

    public PspRefusal(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
