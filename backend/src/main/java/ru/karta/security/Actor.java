package ru.karta.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who makes a change: a person's account, a script's service account, or the system itself (scheduled jobs, imports,
 * provisioning, demo data). Services take the actor as a parameter and policies decide on it, so the same operation
 * runs the same way from an HTTP request, a job or a test; the audit log records it as the author.
 */
public final class Actor {

    public enum Kind { PERSON, SERVICE, SYSTEM }

    /** The account behind a person or service token: the organisation it acts for and its person, if any. */
    public record Link(UUID organisationId, UUID personId) {
        static final Link NONE = new Link(null, null);
    }

    private final Kind kind;
    private final String subject;
    private final String username;
    private final String name;
    private final Set<Role> roles;
    private final Supplier<Optional<Link>> lookup;
    private Link link;

    private Actor(Kind kind, String subject, String username, String name, Set<Role> roles,
            Supplier<Optional<Link>> lookup) {
        this.kind = kind;
        this.subject = subject;
        this.username = username;
        this.name = name;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.lookup = lookup;
    }

    /**
     * A caller with a token. The organisation is looked up only when a rule asks for it, and then once: most reads
     * never need it.
     */
    public static Actor of(Kind kind, String subject, String username, String name, Set<Role> roles,
            Supplier<Optional<Link>> lookup) {
        return new Actor(kind, subject, username, name, roles, lookup);
    }

    /** The system itself, named after what runs (for example "demo-data", "report-reminders"). */
    public static Actor system(String what) {
        return new Actor(Kind.SYSTEM, "system:" + what, "system", "Система (" + what + ")", Set.of(),
                Optional::empty);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The association or ЦКР, who run the roadmap; the system acts with their rights. */
    public boolean runsCluster() {
        return isSystem() || hasAny(Role.ASSOCIATION, Role.CKR);
    }

    /** The association itself (approval, organisations, accounts); the system acts with its rights. */
    public boolean isAssociation() {
        return isSystem() || has(Role.ASSOCIATION);
    }

    public UUID organisationId() {
        return link().organisationId();
    }

    public UUID personId() {
        return link().personId();
    }

    private Link link() {
        if (link == null) {
            link = lookup.get().orElse(Link.NONE);
        }
        return link;
    }

    @Override
    public String toString() {
        return kind + ":" + subject;
    }
}
