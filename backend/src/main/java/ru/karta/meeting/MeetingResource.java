package ru.karta.meeting;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.common.ClusterClock;
import ru.karta.common.Downloads;
import ru.karta.common.OpenApiContract;
import ru.karta.common.PageParams;
import ru.karta.common.Params;
import ru.karta.common.Responses;
import ru.karta.common.SortedPageParams;
import ru.karta.common.Sorts;
import ru.karta.idempotency.Idempotent;
import ru.karta.meeting.MeetingDtos.AgendaItemInput;
import ru.karta.meeting.MeetingDtos.AgendaItemList;
import ru.karta.meeting.MeetingDtos.AgendaItemPatch;
import ru.karta.meeting.MeetingDtos.AgendaItemView;
import ru.karta.meeting.MeetingDtos.AttendanceInput;
import ru.karta.meeting.MeetingDtos.AttendanceView;
import ru.karta.meeting.MeetingDtos.CheckInCode;
import ru.karta.meeting.MeetingDtos.CheckInInput;
import ru.karta.meeting.MeetingDtos.CheckInView;
import ru.karta.meeting.MeetingDtos.DecisionInput;
import ru.karta.meeting.MeetingDtos.DecisionList;
import ru.karta.meeting.MeetingDtos.DecisionView;
import ru.karta.meeting.MeetingDtos.MeetingInput;
import ru.karta.meeting.MeetingDtos.MeetingList;
import ru.karta.meeting.MeetingDtos.MeetingPatch;
import ru.karta.meeting.MeetingDtos.MeetingView;
import ru.karta.meeting.MeetingDtos.MinutesInput;
import ru.karta.meeting.MeetingDtos.ParticipantList;
import ru.karta.meeting.MeetingDtos.ParticipantView;
import ru.karta.meeting.MeetingDtos.ParticipantsAdded;
import ru.karta.meeting.MeetingDtos.ParticipantsInput;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/meetings")
@Tag(name = "Meetings", description = "Quarterly meetings, councils and working groups: agenda, participants, check-in from a phone, minutes, decisions, calendar and protocol")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService service;
    private final CheckInService checkIns;
    private final MeetingExports exports;
    private final MeetingReminders reminders;
    private final ClusterClock clock;
    private final Actor actor;

    @Inject
    public MeetingResource(MeetingService service, CheckInService checkIns, MeetingExports exports,
            MeetingReminders reminders, ClusterClock clock, Actor actor) {
        this.service = service;
        this.checkIns = checkIns;
        this.exports = exports;
        this.reminders = reminders;
        this.clock = clock;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "List meetings", description = "Everyone, scripts included (dates, states, counts). from and to are days in the cluster's time zone, both included. Sort by startsAt (default -startsAt), title or updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(schema = @Schema(implementation = MeetingList.class)))
    public MeetingList list(
            @QueryParam("from") @Parameter(description = "First day", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last day", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = MeetingKind.class)) String kind,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = MeetingState.class)) String state,
            @QueryParam("bodyId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String bodyId,
            @QueryParam("mine") @Parameter(description = "Only meetings the caller participates in", schema = @Schema(type = SchemaType.BOOLEAN)) String mine,
            @QueryParam("updatedSince") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @BeanParam SortedPageParams paging) {
        LocalDate first = Params.date("from", from);
        LocalDate last = Params.date("to", to);
        Instant since = Params.instant("updatedSince", updatedSince);
        UUID person = Boolean.TRUE.equals(Params.bool("mine", mine))
                ? (actor.personId() == null ? new UUID(0, 0) : actor.personId()) : null;
        var filter = new MeetingRepository.Filter(
                first == null ? null : first.atStartOfDay(clock.zone()).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(clock.zone()).toInstant(),
                Params.enumValue("kind", kind, MeetingKind.class), Params.enumValue("state", state, MeetingState.class),
                Params.uuid("bodyId", bodyId), person, since);
        if (first != null && last != null && last.isBefore(first)) {
            throw ru.karta.common.ApiException.badRequest("to", "problem.meeting.range");
        }
        return service.list(actor, filter, Sorts.parse(paging.sort, MeetingRepository.SORTS, "-startsAt"),
                paging.page());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "createMeeting", summary = "Plan a meeting (association, ЦКР); it starts as a DRAFT")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeetingInput.class)))
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response create(JsonNode body) {
        MeetingView view = service.create(actor, body);
        return Responses.created("/api/v1/meetings/" + view.id(), view, MeetingService.etag(view));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "Get one meeting", description = "Everyone reads a meeting's date, place, state and counts; permissions say what this caller may do now.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        MeetingView view = service.get(actor, id);
        return Responses.tagged(view, MeetingService.etag(view), ifNoneMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateMeeting", summary = "Change a meeting (JSON merge patch; 409 once closed or cancelled)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeetingPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        MeetingView view = service.patch(actor, id, body, ifMatch);
        return Responses.ok(view, MeetingService.etag(view));
    }

    @POST
    @Path("/{id}/open")
    @Operation(operationId = "openMeeting", summary = "Open a draft meeting: participants are notified and may check in")
    @APIResponse(responseCode = "200", description = "Open", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response open(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        MeetingView view = service.transition(actor, id, MeetingState.OPEN, ifMatch);
        reminders.remindQuietly(id);
        return Responses.ok(view, MeetingService.etag(view));
    }

    @POST
    @Path("/{id}/start")
    @Operation(operationId = "startMeeting", summary = "Start an open meeting: minutes and decisions may be recorded")
    @APIResponse(responseCode = "200", description = "In progress", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response start(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        MeetingView view = service.transition(actor, id, MeetingState.IN_PROGRESS, ifMatch);
        return Responses.ok(view, MeetingService.etag(view));
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeMeeting", summary = "Close a meeting in progress: it becomes read-only; invited people not marked are absent")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        MeetingView view = service.transition(actor, id, MeetingState.CLOSED, ifMatch);
        return Responses.ok(view, MeetingService.etag(view));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelMeeting", summary = "Cancel a meeting that is not closed")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        MeetingView view = service.transition(actor, id, MeetingState.CANCELLED, ifMatch);
        return Responses.ok(view, MeetingService.etag(view));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getMeetingHistory", summary = "The audit trail of a meeting: its changes, agenda, participants, check-ins and decisions (organisers and participants)")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(schema = @Schema(implementation = HistoryList.class)))
    public HistoryList history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.history(actor, id, paging.page());
    }

    // ---------------------------------------------------------------------------------------------- agenda

    @GET
    @Path("/{id}/agenda-items")
    @Operation(operationId = "listAgendaItems", summary = "The agenda, in order", description = "Every person reads the agenda; the minutes (heard, spoke) only organisers and participants. Scripts: 403.")
    @APIResponse(responseCode = "200", description = "The agenda items", content = @Content(schema = @Schema(implementation = AgendaItemList.class)))
    public AgendaItemList agenda(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.agenda(actor, id, paging.page());
    }

    @POST
    @Path("/{id}/agenda-items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAgendaItem", summary = "Add an agenda item (association, ЦКР; not once closed or cancelled)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgendaItemInput.class)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = AgendaItemView.class)))
    public Response addAgendaItem(@PathParam("id") UUID id, JsonNode body) {
        AgendaItemView view = service.addAgendaItem(actor, id, body);
        return Responses.created("/api/v1/meetings/" + id + "/agenda-items/" + view.id(), view,
                MeetingService.agendaEtagOf(view.version()));
    }

    @GET
    @Path("/{id}/agenda-items/{itemId}")
    @Operation(operationId = "getAgendaItem", summary = "One agenda item (as in the agenda)")
    @APIResponse(responseCode = "200", description = "The agenda item; ETag is its version", content = @Content(schema = @Schema(implementation = AgendaItemView.class)))
    public Response getAgendaItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        AgendaItemView view = service.agendaItem(actor, id, itemId);
        return Responses.ok(view, MeetingService.agendaEtagOf(view.version()));
    }

    @PATCH
    @Path("/{id}/agenda-items/{itemId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateAgendaItem", summary = "Change or move an agenda item (JSON merge patch with its version)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgendaItemPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = AgendaItemView.class)))
    public Response patchAgendaItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        AgendaItemView view = service.patchAgendaItem(actor, id, itemId, body, ifMatch);
        return Responses.ok(view, MeetingService.agendaEtagOf(view.version()));
    }

    @DELETE
    @Path("/{id}/agenda-items/{itemId}")
    @Operation(operationId = "deleteAgendaItem", summary = "Remove an agenda item (not once closed or cancelled)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteAgendaItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        service.deleteAgendaItem(actor, id, itemId);
    }

    @PUT
    @Path("/{id}/agenda-items/{itemId}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeMinutes", summary = "Write the minutes of an agenda item (СЛУШАЛИ, ВЫСТУПИЛИ) while the meeting is in progress")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MinutesInput.class)))
    @APIResponse(responseCode = "200", description = "Written", content = @Content(schema = @Schema(implementation = AgendaItemView.class)))
    public Response minutes(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        AgendaItemView view = service.minutes(actor, id, itemId, body, ifMatch);
        return Responses.ok(view, MeetingService.agendaEtagOf(view.version()));
    }

    // ---------------------------------------------------------------------------------------------- participants

    @GET
    @Path("/{id}/participants")
    @Operation(operationId = "listParticipants", summary = "The participants, by organisation and name (organisers and participants)")
    @APIResponse(responseCode = "200", description = "A page of participants", content = @Content(schema = @Schema(implementation = ParticipantList.class)))
    public ParticipantList participants(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.participants(actor, id, paging.page());
    }

    @POST
    @Path("/{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteParticipants", summary = "Invite a person, a body's members or an organisation's people in one step", description = "Those already participating stay as they are; a guest who checked in uninvited becomes invited. On an open meeting the newly invited are notified.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ParticipantsInput.class)))
    @APIResponse(responseCode = "200", description = "How many were invited", content = @Content(schema = @Schema(implementation = ParticipantsAdded.class)))
    public ParticipantsAdded invite(@PathParam("id") UUID id, JsonNode body) {
        ParticipantsAdded added = service.invite(actor, id, body);
        if (added.added() > 0) {
            reminders.remindQuietly(id);
        }
        return added;
    }

    @DELETE
    @Path("/{id}/participants/{personId}")
    @Operation(operationId = "uninviteParticipant", summary = "Take a participant off the meeting (not once closed or cancelled)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void uninvite(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        service.uninvite(actor, id, personId);
    }

    @PUT
    @Path("/{id}/participants/{personId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markAttendance", summary = "Mark a participant's attendance by hand (PRESENT only while the meeting is open or in progress)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AttendanceInput.class)))
    @APIResponse(responseCode = "200", description = "Marked", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public ParticipantView mark(@PathParam("id") UUID id, @PathParam("personId") UUID personId, JsonNode body) {
        return service.mark(actor, id, personId, body);
    }

    // ---------------------------------------------------------------------------------------------- check-in

    @GET
    @Path("/{id}/check-in-code")
    @Operation(operationId = "getCheckInCode", summary = "The current check-in code for the QR screen (association, ЦКР; while open or in progress)")
    @APIResponse(responseCode = "200", description = "The code, its URL and when it rotates", content = @Content(schema = @Schema(implementation = CheckInCode.class)))
    @APIResponse(responseCode = "409", description = "The meeting is not open or in progress", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response code(@PathParam("id") UUID id) {
        return Response.ok(checkIns.code(actor, id)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "checkIn", summary = "Check in with the code from the QR screen", description = "201 the first time; 200 with the first time on a repeat. Someone not invited is checked in as a guest. 400 names the token when it is expired or not this meeting's; 409 when the meeting is not open or in progress; 403 for a caller who is no person (a script).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CheckInInput.class)))
    @APIResponse(responseCode = "201", description = "Checked in", content = @Content(schema = @Schema(implementation = CheckInView.class)))
    @APIResponse(responseCode = "200", description = "Already checked in: the first time is kept", content = @Content(schema = @Schema(implementation = CheckInView.class)))
    public Response checkIn(@PathParam("id") UUID id, JsonNode body) {
        CheckInView view = checkIns.checkIn(actor, id, body);
        return Response.status(view.repeat() ? 200 : 201).entity(view).build();
    }

    @GET
    @Path("/{id}/attendance")
    @Operation(operationId = "getAttendance", summary = "Attendance: counts for everyone, each participant for organisers and participants")
    @APIResponse(responseCode = "200", description = "Attendance", content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    public Response attendance(@PathParam("id") UUID id) {
        AttendanceView view = checkIns.attendance(actor, id);
        return Response.ok(view).header("Cache-Control", "no-store").build();
    }

    // ---------------------------------------------------------------------------------------------- decisions

    @GET
    @Path("/{id}/decisions")
    @Operation(operationId = "listDecisions", summary = "The decisions (РЕШИЛИ), in order (organisers and participants)")
    @APIResponse(responseCode = "200", description = "A page of decisions", content = @Content(schema = @Schema(implementation = DecisionList.class)))
    public DecisionList decisions(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.decisions(actor, id, paging.page());
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "createDecision", summary = "Record a decision while the meeting is in progress; it may become a roadmap item or a progress update of one")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionInput.class)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public Response decide(@PathParam("id") UUID id, JsonNode body) {
        DecisionView view = service.decide(actor, id, body);
        return Response.status(201).entity(view).build();
    }

    // ---------------------------------------------------------------------------------------------- files

    @GET
    @Path("/{id}.ics")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getMeetingCalendar", summary = "The meeting as a calendar entry (.ics, RFC 5545)")
    @APIResponse(responseCode = "200", description = "The calendar entry", headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"karta-meeting-2027-03-25.ics\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MeetingExports.CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response ics(@PathParam("id") UUID id) {
        return file(exports.ics(actor, id), MeetingExports.CALENDAR + "; charset=utf-8");
    }

    @GET
    @Path("/{id}/protocol.docx")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getMeetingProtocol", summary = "The protocol as a Word document (organisers and participants)", description = "The usual Russian layout: the organisation, ПРОТОКОЛ, date, number and place, chair and secretary, those present with their organisations, the agenda, then for each item СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ, and the signatures.")
    @APIResponse(responseCode = "200", description = "The protocol", headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"karta-protocol-2027-03-25.docx\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MeetingExports.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response protocol(@PathParam("id") UUID id) {
        return file(exports.protocol(actor, id), MeetingExports.DOCX);
    }

    static Response file(MeetingExports.File file, String mediaType) {
        return Response.ok(file.bytes(), mediaType)
                .header("Content-Disposition", Downloads.attachment(file.name(), file.asciiName())).build();
    }
}
