package com.omnidom.order;

import com.omnidom.testsupport.AccessMatrix;
import com.omnidom.testsupport.Http;
import com.omnidom.testsupport.OmnidomServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;

/** Every endpoint × every role answers as the canvas's "Access" table says. */
@OmnidomServiceTest
class AccessIT {

    @Test
    void everyEndpointAnswersEachRoleAsTheCanvasSays(Http http, @Autowired ApplicationContext context) {
        AccessMatrix.verify(http, context, Path.of("README.md"));
    }
}
