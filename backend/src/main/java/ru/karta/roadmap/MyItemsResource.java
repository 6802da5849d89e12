package ru.karta.roadmap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.karta.common.PageParams;
import ru.karta.roadmap.RoadmapDtos.MyItemList;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/my-items")
@Tag(name = "Roadmap items", description = "One item, its progress updates and its history")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class MyItemsResource {

    private final RoadmapItemService items;
    private final Actor actor;

    @Inject
    public MyItemsResource(RoadmapItemService items, Actor actor) {
        this.items = items;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listMyItems", summary = "My items: where the caller's organisation is responsible or assisting", description = "Items of approved roadmaps, overdue first, then those due within 30 days, then the other open ones, done and cancelled last. Empty for a caller who acts for no organisation.")
    @APIResponse(responseCode = "200", description = "A page of items", content = @Content(schema = @Schema(implementation = MyItemList.class)))
    public MyItemList mine(@BeanParam PageParams paging) {
        return items.mine(actor, paging.page());
    }
}
