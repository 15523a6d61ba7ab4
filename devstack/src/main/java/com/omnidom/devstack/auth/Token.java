package com.omnidom.devstack.auth;

import com.omnidom.devstack.Options;
import com.omnidom.devstack.Options.UsageException;

import java.net.URI;
import java.util.Set;

/** Prints an access token of the local stack for a client id or a person ({@code ./omnidom token <who>}). */
public final class Token {

    private static final String USAGE = """
            usage: java -cp ... com.omnidom.devstack.auth.Token [--auth-url http://127.0.0.1:9000] <who>
              <who>  a client id (client credentials), e.g. eshop-web, demo-loader, ops-bot, STORE-DE-BERLIN-01,
                     PARTNER-NORDHOLZ; or a person (authorization code + PKCE, signed in with the demo password):
                     %s
            Exit status: 0 token printed, 1 the server refused, 2 usage or the server unreachable.""".formatted(
            String.join(", ", DemoCredentials.PEOPLE.keySet().stream().sorted().toList()));

    private Token() {
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args, Set.of("auth-url"), USAGE);
            if (options.positional().size() != 1) {
                throw new UsageException("name exactly one client id or person", USAGE);
            }
            var client = new TokenClient(URI.create(options.text("auth-url", "http://127.0.0.1:9000")));
            System.out.println(client.demoToken(options.positional().getFirst()));
        } catch (UsageException e) {
            e.report();
            System.exit(2);
        } catch (TokenClient.TokenException e) {
            System.err.println("omnidom token: " + e.getMessage());
            System.exit(e.getMessage().contains("not reachable") ? 2 : 1);
        }
    }
}
