package com.omnidom.order.order.domain;

/** Text clean-up shared by the value objects. */
final class Texts {

    private Texts() {
    }

    /** Control characters (NUL and friends) have no place in names and addresses, and PostgreSQL cannot store NUL. */
    static boolean hasControl(String s) {
        if (s == null) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) return true;
        }
        return false;
    }

    /** Trimmed, inner whitespace collapsed to one space; null stays null. */
    static String clean(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }
}
