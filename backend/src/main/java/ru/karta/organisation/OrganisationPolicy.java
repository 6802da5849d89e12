package ru.karta.organisation;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import ru.karta.common.ApiException;
import ru.karta.organisation.OrganisationDtos.OrganisationPermissions;
import ru.karta.security.Actor;
import ru.karta.security.Role;

/**
 * Who may do what with organisations (DESIGN.md's access table): everyone reads the directory; the association
 * creates and deletes organisations; the association and ЦКР edit any of them; a member enterprise edits its own
 * organisation's contacts and nothing else (403 otherwise).
 */
@ApplicationScoped
public class OrganisationPolicy {

    private static final String CONTACTS = "contacts";

    public OrganisationPermissions permissions(Actor actor, Organisation organisation) {
        boolean edit = actor.runsCluster();
        return new OrganisationPermissions(edit, edit || ownContacts(actor, organisation), actor.isAssociation(),
                actor.isAssociation());
    }

    public void requireCreate(Actor actor) {
        if (!actor.isAssociation()) {
            throw ApiException.forbidden("problem.forbidden.manage-organisations");
        }
    }

    public void requireManageSignIn(Actor actor) {
        if (!actor.isAssociation()) {
            throw ApiException.forbidden("problem.forbidden.manage-sign-in");
        }
    }

    public void requireDelete(Actor actor) {
        requireCreate(actor);
    }

    /** May the actor change these fields of the organisation (the names of a merge patch's top-level fields)? */
    public void requireEdit(Actor actor, Organisation organisation, Collection<String> fields) {
        if (actor.runsCluster()) {
            return;
        }
        if (!ownContacts(actor, organisation)) {
            throw ApiException.forbidden("problem.forbidden.edit-organisation");
        }
        List<String> others = fields.stream().filter(f -> !f.equals(CONTACTS) && !f.equals("version")).toList();
        if (!others.isEmpty()) {
            throw ApiException.forbidden("problem.forbidden.contacts-only", String.join(", ", others));
        }
    }

    private static boolean ownContacts(Actor actor, Organisation organisation) {
        return actor.has(Role.MEMBER) && organisation.id.equals(actor.organisationId());
    }
}
