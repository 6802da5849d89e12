package ru.karta.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import ru.karta.account.Account;
import ru.karta.account.AccountRepository;

/** Who is calling: the token's subject, name and roles, and the organisation its account acts for. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final AccountRepository accounts;
    private Optional<Account> account;
    private Set<Role> roles;

    @Inject
    public CurrentUser(SecurityIdentity identity, JsonWebToken token, AccountRepository accounts) {
        this.identity = identity;
        this.token = token;
        this.accounts = accounts;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public String username() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : subject();
    }

    /** A display name: the token's name claim, else the username. */
    public String name() {
        String name = token.getClaim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    public Set<Role> roles() {
        if (roles == null) {
            Set<Role> found = EnumSet.noneOf(Role.class);
            for (String claim : identity.getRoles()) {
                Role role = Role.fromClaim(claim);
                if (role != null) {
                    found.add(role);
                }
            }
            roles = found;
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    public Optional<Account> account() {
        if (account == null) {
            account = identity.isAnonymous() ? Optional.empty() : accounts.findBySubject(subject());
        }
        return account;
    }

    public UUID organisationId() {
        return account().map(a -> a.organisationId).orElse(null);
    }

    public UUID personId() {
        return account().map(a -> a.personId).orElse(null);
    }
}
