package dev.bookspace.web.identity;

import jakarta.security.enterprise.credential.Credential;

/**
 * A sign-in this package has checked: the password, and the second step where the person has
 * two-factor sign-in on (a code, a recovery code or a remembered device). Only this package can make
 * one, after those checks; {@link AccountIdentityStore} accepts nothing else, so no other path signs
 * anyone in. It carries the principal the password was checked under: an account whose password or
 * role changed in between is refused.
 */
public final class CheckedSignIn implements Credential {

    private final long userId;
    private final String principalName;

    CheckedSignIn(long userId, String principalName) {
        this.userId = userId;
        this.principalName = principalName;
    }

    long userId() {
        return userId;
    }

    String principalName() {
        return principalName;
    }
}
