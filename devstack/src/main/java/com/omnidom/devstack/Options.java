package com.omnidom.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the form {@code --name=value} or {@code --name value}, plus positional arguments.
 * Hand-rolled because the mains need five options each, not a CLI framework.
 */
public record Options(Map<String, String> named, List<String> positional) {

    public static Options parse(String[] args, Set<String> known, String usage) {
        var named = new LinkedHashMap<String, String>();
        var positional = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(usage);
                System.exit(0);
            }
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("option --" + name + " needs a value", usage);
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name, usage);
            }
            named.put(name, value);
        }
        return new Options(Map.copyOf(named), List.copyOf(positional));
    }

    public String text(String name, String defaultValue) {
        return named.getOrDefault(name, defaultValue);
    }

    public int integer(String name, int defaultValue) {
        String value = named.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + value + "'", null);
        }
    }

    public long number(String name, long defaultValue) {
        String value = named.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + value + "'", null);
        }
    }

    public Path path(String name, String defaultValue) {
        return Path.of(text(name, defaultValue)).toAbsolutePath().normalize();
    }

    /** A wrong command line: reported as one line plus the usage, never as a stack trace. */
    public static final class UsageException extends RuntimeException {
        private final String usage;

        public UsageException(String message, String usage) {
            super(message);
            this.usage = usage;
        }

        public void report() {
            System.err.println("error: " + getMessage());
            if (usage != null) {
                System.err.println(usage);
            }
        }
    }
}
