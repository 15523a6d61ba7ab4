package com.omnidom.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service on the platform (in {@code testapp}): one listener, one controller, one table of effects. */
@SpringBootApplication(scanBasePackages = "com.omnidom.platform.testapp")
public class PlatformTestApplication {
}
