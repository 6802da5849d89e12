package ru.karta.security;

/** The realm roles of Keycloak realm {@code karta}. */
public enum Role {
    ASSOCIATION("association"), CKR("ckr"), DEPARTMENT("department"), MEMBER("member"),
    /** Its own organisation's administrator: invites, disables and re-enables its staff (with MEMBER or DEPARTMENT). */
    ORGANISATION_ADMIN("organisation-admin"),
    INTEGRATION("integration");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Role fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim.equals(claim)) {
                return role;
            }
        }
        return null;
    }
}
