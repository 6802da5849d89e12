package ru.karta.account;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import ru.karta.account.ServiceAccountService.ServiceAccountInput;
import ru.karta.account.ServiceAccountService.ServiceAccountList;
import ru.karta.account.ServiceAccountService.ServiceAccountView;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/service-accounts")
@Tag(name = "Service accounts", description = "Accounts of integration scripts (association)")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class ServiceAccountResource {

    private final ServiceAccountService service;
    private final Actor actor;

    @Inject
    public ServiceAccountResource(ServiceAccountService service, Actor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listServiceAccounts", summary = "The scripts' service accounts in use, newest first")
    @APIResponse(responseCode = "200", description = "Service accounts (never their secrets)", content = @Content(schema = @Schema(implementation = ServiceAccountList.class)))
    public ServiceAccountList list() {
        return service.list(actor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createServiceAccount", summary = "Create a service account for a script", description = "A confidential Keycloak client with the integration role; the answer holds its secret, shown this once. 503 when Keycloak cannot be reached.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ServiceAccountInput.class)))
    @APIResponse(responseCode = "201", description = "Created; secret included", content = @Content(schema = @Schema(implementation = ServiceAccountView.class)))
    public Response create(JsonNode body) {
        ServiceAccountView view = service.create(actor, body);
        return Response.status(201).header("Location", "/api/v1/service-accounts/" + view.id()).entity(view).build();
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateServiceAccountSecret", summary = "Rotate the secret: a new one, shown once; the old one stops working")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(schema = @Schema(implementation = ServiceAccountView.class)))
    public ServiceAccountView rotate(@PathParam("id") UUID id) {
        return service.rotate(actor, id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeServiceAccount", summary = "Revoke: the client is deleted and the tokens it holds are refused")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") UUID id) {
        service.revoke(actor, id);
    }
}
