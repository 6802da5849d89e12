package ru.karta.security;

/** Role names as annotation constants. */
public final class Roles {
    public static final String ASSOCIATION = "association";
    public static final String CKR = "ckr";
    public static final String DEPARTMENT = "department";
    public static final String MEMBER = "member";
    public static final String INTEGRATION = "integration";
    public static final String ORGANISATION_ADMIN = "organisation-admin";

    private Roles() {
    }
}
