package ca.concerto.tenancy.application;

import java.util.Locale;

/**
 * Where a person's language is kept from one session to the next: their account, whose sign-in pages speak it
 * too and whose tokens carry it ({@code locale}).
 */
public interface AccountLanguages {

    /** Keeps the language as the person's own; an unknown username changes nothing. */
    void keep(String username, Locale language);
}
