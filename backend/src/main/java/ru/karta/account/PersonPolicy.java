package ru.karta.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import ru.karta.account.PersonDtos.PersonPermissions;
import ru.karta.common.ApiException;
import ru.karta.security.Actor;
import ru.karta.security.Role;

/**
 * Who may do what with people and their accounts (DESIGN.md's access table): everyone but scripts reads names,
 * positions and organisations; e-mail and phone only the association, ЦКР and the person's own organisation. The
 * association manages every account; ЦКР keeps people (for the council and meetings) but not accounts; an
 * organisation's administrator manages its own staff and nobody else's, granting only roles it holds itself.
 */
@ApplicationScoped
public class PersonPolicy {

    /** The roles Karta grants, in the order the SPA lists them. */
    public static final List<Role> GRANTABLE = List.of(Role.ASSOCIATION, Role.CKR, Role.DEPARTMENT, Role.MEMBER,
            Role.ORGANISATION_ADMIN);

    public void requireRead(Actor actor) {
        if (!actor.runsCluster() && !actor.hasAny(Role.DEPARTMENT, Role.MEMBER)) {
            throw ApiException.forbidden("problem.forbidden.people");
        }
    }

    public boolean seesContacts(Actor actor, UUID organisationId) {
        return actor.runsCluster() || organisationId.equals(actor.organisationId());
    }

    /** The organisation's own administrator (not the association, which manages everyone). */
    private static boolean administers(Actor actor, UUID organisationId) {
        return actor.has(Role.ORGANISATION_ADMIN) && organisationId.equals(actor.organisationId());
    }

    public boolean mayKeep(Actor actor, UUID organisationId) {
        return actor.runsCluster() || administers(actor, organisationId);
    }

    public boolean mayManageAccount(Actor actor, UUID organisationId) {
        return actor.isAssociation() || administers(actor, organisationId);
    }

    public void requireKeep(Actor actor, UUID organisationId) {
        if (!mayKeep(actor, organisationId)) {
            throw ApiException.forbidden("problem.forbidden.keep-people");
        }
    }

    public void requireManageAccount(Actor actor, UUID organisationId) {
        if (!mayManageAccount(actor, organisationId)) {
            throw ApiException.forbidden("problem.forbidden.manage-accounts");
        }
    }

    /** The roles the actor may grant to someone of that organisation: all (association) or those it holds itself. */
    public List<String> grantable(Actor actor, UUID organisationId) {
        List<String> roles = new ArrayList<>();
        for (Role role : GRANTABLE) {
            if (actor.isAssociation() || (administers(actor, organisationId) && actor.has(role)
                    && role != Role.ASSOCIATION && role != Role.CKR)) {
                roles.add(role.claim());
            }
        }
        return roles;
    }

    /**
     * Granting replaces the account's roles; the actor must be able to grant every role it adds and every role it
     * takes away (an administrator cannot strip the association's roles from one of its people).
     */
    public void requireGrant(Actor actor, UUID organisationId, Collection<String> current, Collection<String> wanted) {
        requireManageAccount(actor, organisationId);
        List<String> mayGrant = grantable(actor, organisationId);
        for (String role : wanted) {
            if (!current.contains(role) && !mayGrant.contains(role)) {
                throw ApiException.forbidden("problem.forbidden.grant-role", role);
            }
        }
        for (String role : current) {
            if (!wanted.contains(role) && !mayGrant.contains(role)) {
                throw ApiException.forbidden("problem.forbidden.grant-role", role);
            }
        }
    }

    public PersonPermissions permissions(Actor actor, Person person, AccountState state, boolean self) {
        boolean manage = mayManageAccount(actor, person.organisationId);
        return new PersonPermissions(mayKeep(actor, person.organisationId),
                manage && person.email != null && (state == AccountState.NONE || state == AccountState.INVITED),
                manage && !self && (state == AccountState.INVITED || state == AccountState.ACTIVE),
                manage && state == AccountState.DISABLED,
                manage && !self && state != AccountState.NONE);
    }
}
