package ru.karta.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.common.PageParams;
import ru.karta.common.SortedPageParams;
import ru.karta.common.Params;
import ru.karta.common.Responses;
import ru.karta.organisation.OrganisationDtos.OrganisationInput;
import ru.karta.organisation.OrganisationDtos.OrganisationList;
import ru.karta.organisation.OrganisationDtos.OrganisationPatch;
import ru.karta.organisation.OrganisationDtos.OrganisationView;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "The directory of organisations named in roadmaps")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService service;
    private final SignInService signIn;
    private final Actor actor;

    @Inject
    public OrganisationResource(OrganisationService service, SignInService signIn, Actor actor) {
        this.service = service;
        this.signIn = signIn;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "Filter by text (names, aliases, INN) and kind; sort by name, kind, updatedAt or createdAt.")
    @APIResponse(responseCode = "200", description = "A page of organisations", content = @Content(schema = @Schema(implementation = OrganisationList.class)))
    public OrganisationList list(
            @QueryParam("q") @Parameter(description = "Text in a name, an alias or the INN") String q,
            @QueryParam("kind") OrganisationKind kind,
            @QueryParam("updatedSince") @Parameter(description = "Only those changed at or after this instant") Instant updatedSince,
            @BeanParam SortedPageParams paging) {
        var filter = new OrganisationRepository.Filter(Params.text("q", q, 200), kind, updatedSince);
        return service.list(actor, filter, paging.sort, paging.page());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "Get one organisation")
    @APIResponse(responseCode = "200", description = "The organisation; ETag is its version", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        OrganisationView view = service.get(actor, id);
        return Responses.versioned(view, view.version(), view.permissions(), ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisation", summary = "Create an organisation (association)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganisationInput.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response create(JsonNode body) {
        OrganisationView view = service.create(actor, body);
        return Responses.created("/api/v1/organisations/" + view.id(), view, view.version(), view.permissions());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateOrganisation", summary = "Change an organisation (JSON merge patch)", description = "Association and ЦКР change anything; a member only the contacts of its own organisation. Send If-Match with the ETag, or a version field.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganisationPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        OrganisationView view = service.patch(actor, id, body, ifMatch);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOrganisation", summary = "Delete an organisation (association); 409 while anything refers to it")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(actor, id, ifMatch);
    }

    @POST
    @Path("/{id}/sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "configureSignIn", summary = "Enable or disable sign-in for the organisation's people (association)", description = "Enabling makes the organisation a Keycloak Organization and its accounts its members; with identityProvider, users of its e-mail domain sign in with the partner's own OIDC provider. 503 when Keycloak cannot be reached (nothing changed).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganisationDtos.SignInInput.class)))
    @APIResponse(responseCode = "200", description = "The organisation with its sign-in settings", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response configureSignIn(@PathParam("id") UUID id, JsonNode body) {
        OrganisationView view = signIn.configure(actor, id, body);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getOrganisationHistory", summary = "The audit trail of an organisation: who changed what, when")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(schema = @Schema(implementation = HistoryList.class)))
    public HistoryList history(@PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        return service.history(id, paging.page());
    }
}
