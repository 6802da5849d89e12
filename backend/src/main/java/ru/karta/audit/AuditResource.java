package ru.karta.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.karta.audit.AuditDtos.AuditEventList;
import ru.karta.audit.AuditDtos.AuditEventView;
import ru.karta.audit.AuditDtos.Change;
import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.common.Csv;
import ru.karta.common.Downloads;
import ru.karta.common.PageParams;
import ru.karta.common.Params;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "Every change anyone made: who, when, to what, before and after")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
public class AuditResource {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int CSV_MAX_ROWS = 100_000;

    private final AuditLog audit;
    private final Actor actor;
    private final ClusterClock clock;

    @Inject
    public AuditResource(AuditLog audit, Actor actor, ClusterClock clock) {
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Downloads.CSV })
    @Operation(operationId = "listAuditEvents", summary = "The audit log across everything, newest first (association and ЦКР)", description = "Filters combine: actor (a subject exactly, or a part of the actor's name), objectType (ROADMAP, ROADMAP_ITEM, ORGANISATION, PERSON, SERVICE_ACCOUNT, QUARTERLY_REPORT, …), objectId (the object and what belongs to it), from and to (instants, to exclusive). format=csv answers the whole filtered log (up to 100,000 rows) as a CSV file.")
    @APIResponse(responseCode = "200", description = "A page of events, or the CSV file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEventList.class)),
            @Content(mediaType = Downloads.CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("actor") @Parameter(description = "A subject, or a part of the actor's name") String actorFilter,
            @QueryParam("objectType") @Parameter(description = "The kind of object, e.g. ROADMAP_ITEM", example = "ROADMAP_ITEM") String objectType,
            @QueryParam("objectId") UUID objectId,
            @QueryParam("from") @Parameter(description = "From this instant (inclusive)") Instant from,
            @QueryParam("to") @Parameter(description = "Until this instant (exclusive)") Instant to,
            @QueryParam("format") @Parameter(description = "json (default) or csv", schema = @Schema(enumeration = {
                    "json", "csv" }, type = SchemaType.STRING)) String format,
            @BeanParam PageParams paging) {
        if (!actor.runsCluster()) {
            throw ApiException.forbidden("problem.forbidden.audit");
        }
        String type = Params.text("objectType", objectType, 40);
        if (type != null && !type.matches("[A-Z_]+")) {
            throw ApiException.badRequest("objectType", "problem.audit.object-type");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("to", "problem.audit.range");
        }
        AuditLog.Filter filter = new AuditLog.Filter(Params.text("actor", actorFilter, 200), type, objectId, from, to);
        String chosen = Params.text("format", format, 10);
        if (chosen == null || chosen.equalsIgnoreCase("json")) {
            return Response.ok(audit.search(filter, paging.page()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (!chosen.equalsIgnoreCase("csv")) {
            throw ApiException.badRequest("format", "problem.param.enum", chosen, "json, csv");
        }
        List<AuditEventView> events = audit.search(filter, new ru.karta.common.Page(0, CSV_MAX_ROWS)).items();
        ZoneId zone = clock.zone();
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            Csv.line(writer, List.of("Время (" + zone.getId() + ")", "Кто", "Вид", "Субъект", "Объект", "Id объекта",
                    "Внутри", "Действие", "Изменения"));
            for (AuditEventView e : events) {
                List<String> fields = new ArrayList<>();
                fields.add(CSV_TIME.format(e.occurredAt().atZone(zone)));
                fields.add(Csv.safe(e.actor().name()));
                fields.add(e.actor().kind());
                fields.add(Csv.safe(e.actor().subject()));
                fields.add(e.objectType());
                fields.add(e.objectId().toString());
                fields.add(e.parentId() == null ? "" : e.parentId().toString());
                fields.add(e.action());
                fields.add(Csv.safe(changes(e.changes())));
                Csv.line(writer, fields);
            }
            writer.flush();
        };
        String day = java.time.LocalDate.now(zone).toString();
        return Response.ok(body, Downloads.CSV + "; charset=UTF-8")
                .header("Content-Disposition", Downloads.attachment("karta-audit-" + day + ".csv", "karta-audit-" + day + ".csv"))
                .build();
    }

    private static String changes(List<Change> changes) {
        List<String> parts = new ArrayList<>();
        for (Change c : changes) {
            parts.add(c.field() + ": " + (c.from() == null ? "—" : c.from()) + " → " + (c.to() == null ? "—" : c.to()));
        }
        return String.join("; ", parts);
    }
}
