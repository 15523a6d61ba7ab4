package com.omnidom.platform.web;

/** The addressed resource does not exist: 404. */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String message) {
        super(message);
    }
}
