package ru.karta.account;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import ru.karta.account.PersonDtos.PersonInput;
import ru.karta.account.PersonDtos.PersonList;
import ru.karta.account.PersonDtos.PersonPatch;
import ru.karta.account.PersonDtos.PersonView;
import ru.karta.account.PersonDtos.RolesInput;
import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.common.PageParams;
import ru.karta.common.Params;
import ru.karta.common.Responses;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/people")
@Tag(name = "People", description = "People of the organisations and their accounts (provisioned in Keycloak)")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService service;
    private final Actor actor;

    @Inject
    public PersonResource(PersonService service, Actor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listPeople", summary = "List people", description = "Everyone but scripts; e-mail and phone only for the association, ЦКР and the person's own organisation.")
    @APIResponse(responseCode = "200", description = "A page of people, by name", content = @Content(schema = @Schema(implementation = PersonList.class)))
    public PersonList list(@QueryParam("organisationId") UUID organisationId,
            @QueryParam("q") @Parameter(description = "Text in the name or position") String q,
            @BeanParam PageParams paging) {
        return service.list(actor, new PersonRepository.Filter(organisationId, Params.text("q", q, 200)), paging.page());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Get one person")
    @APIResponse(responseCode = "200", description = "The person; ETag is its version", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        PersonView view = service.get(actor, id);
        return Responses.versioned(view, view.version(), view.permissions(), ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPerson", summary = "Add a person to an organisation", description = "The association and ЦКР for any organisation; an organisation's administrator for its own.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PersonInput.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response create(JsonNode body) {
        PersonView view = service.create(actor, body);
        return Responses.created("/api/v1/people/" + view.id(), view, view.version(), view.permissions());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updatePerson", summary = "Change a person (JSON merge patch)", description = "Send If-Match with the ETag, or a version field. The e-mail of someone with an account is its login: 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PersonPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        PersonView view = service.patch(actor, id, body, ifMatch);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @POST
    @Path("/{id}/invitation")
    @Operation(operationId = "invitePerson", summary = "Invite the person to sign in (or send the invitation again)", description = "Creates the Keycloak user, makes it a member of the organisation's Keycloak Organization and has Keycloak mail a link to set a password and verify the address. 409 without an e-mail, when sign-in is off for the organisation or the account is already active; 503 when Keycloak cannot be reached (the person is not marked invited).")
    @APIResponse(responseCode = "200", description = "Invited", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response invite(@PathParam("id") UUID id) {
        PersonView view = service.invite(actor, id);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @POST
    @Path("/{id}/account/disable")
    @Operation(operationId = "disableAccount", summary = "Disable the person's account: no new sign-in, tokens out are refused")
    @APIResponse(responseCode = "200", description = "Disabled", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response disable(@PathParam("id") UUID id) {
        PersonView view = service.setEnabled(actor, id, false);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @POST
    @Path("/{id}/account/enable")
    @Operation(operationId = "enableAccount", summary = "Enable the person's disabled account again")
    @APIResponse(responseCode = "200", description = "Enabled", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response enable(@PathParam("id") UUID id) {
        PersonView view = service.setEnabled(actor, id, true);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantRoles", summary = "Set the account's roles", description = "The association grants any role; an organisation's administrator only roles it holds, to its own staff. The token carries them from the next sign-in or token refresh.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RolesInput.class)))
    @APIResponse(responseCode = "200", description = "The roles are set", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response grant(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        PersonView view = service.grant(actor, id, body, ifMatch);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getPersonHistory", summary = "The audit trail of a person and their account")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(schema = @Schema(implementation = HistoryList.class)))
    public HistoryList history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.history(actor, id, paging.page());
    }
}
