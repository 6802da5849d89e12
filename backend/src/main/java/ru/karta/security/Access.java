package ru.karta.security;

import static ru.karta.security.Role.ASSOCIATION;
import static ru.karta.security.Role.CKR;
import static ru.karta.security.Role.DEPARTMENT;
import static ru.karta.security.Role.MEMBER;

import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import ru.karta.common.ApiException;

/**
 * The access table of DESIGN.md in one place. Services call it on the first line of every operation. Something the
 * caller may not see is a 404 (the service decides that with {@link #canSeeDrafts()}); a visible thing the caller may
 * not change is a 403 from here.
 */
@RequestScoped
public class Access {

    private final CurrentUser user;

    @Inject
    public Access(CurrentUser user) {
        this.user = user;
    }

    /** Draft roadmaps are work in progress of the association and ЦКР; others see approved and archived ones. */
    public boolean canSeeDrafts() {
        return user.hasAny(ASSOCIATION, CKR);
    }

    public boolean canEditRoadmaps() {
        return user.hasAny(ASSOCIATION, CKR);
    }

    public void requireEditRoadmaps() {
        if (!canEditRoadmaps()) {
            throw ApiException.forbidden("problem.forbidden.edit-roadmaps");
        }
    }

    public void requireApproveRoadmaps() {
        if (!user.has(ASSOCIATION)) {
            throw ApiException.forbidden("problem.forbidden.approve-roadmaps");
        }
    }

    /** Association and ЦКР on any item; a department or member where its organisation is responsible or assisting. */
    public boolean canUpdateProgress(Collection<UUID> itemOrganisations) {
        if (user.hasAny(ASSOCIATION, CKR)) {
            return true;
        }
        UUID own = user.organisationId();
        return own != null && user.hasAny(DEPARTMENT, MEMBER) && itemOrganisations.contains(own);
    }

    public void requireUpdateProgress(Collection<UUID> itemOrganisations) {
        if (!canUpdateProgress(itemOrganisations)) {
            throw ApiException.forbidden("problem.forbidden.update-progress");
        }
    }

    public void requireManageOrganisations() {
        if (!user.has(ASSOCIATION)) {
            throw ApiException.forbidden("problem.forbidden.manage-organisations");
        }
    }

    public enum OrganisationEdit { ALL, CONTACTS_ONLY, NONE }

    /** Association and ЦКР edit any organisation; a member only its own organisation's contacts. */
    public OrganisationEdit organisationEdit(UUID organisationId) {
        if (user.hasAny(ASSOCIATION, CKR)) {
            return OrganisationEdit.ALL;
        }
        if (user.has(MEMBER) && organisationId.equals(user.organisationId())) {
            return OrganisationEdit.CONTACTS_ONLY;
        }
        return OrganisationEdit.NONE;
    }
}
