package ru.karta.security;

import java.util.Locale;

/** The realm roles of Keycloak realm {@code karta}. */
public enum Role {
    ASSOCIATION, CKR, DEPARTMENT, MEMBER, INTEGRATION;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim().equals(claim)) {
                return role;
            }
        }
        return null;
    }
}
