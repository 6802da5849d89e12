package ru.karta.account;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/me")
@Tag(name = "Me", description = "Who the token belongs to")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Schema(name = "Me")
    public record MeView(String subject, @Schema(example = "department") String username,
            @Schema(example = "Ирина Морозова") String name,
            @Schema(example = "[\"department\"]") List<String> roles, @Schema(nullable = true) UUID personId,
            @Schema(nullable = true) UUID organisationId,
            @Schema(example = "Департамент инвестиционного развития Смоленской области", nullable = true) String organisationName) {
    }

    private final MeService service;
    private final Actor actor;

    @Inject
    public MeResource(MeService service, Actor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The caller: subject, name, roles and the organisation it acts for")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = MeView.class)))
    public MeView me() {
        return service.me(actor);
    }
}
