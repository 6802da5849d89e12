package ru.karta.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import ru.karta.common.Permissions;
import ru.karta.common.StrictJson;

/** Request and response shapes of the meetings API. */
public final class MeetingDtos {

    private MeetingDtos() {
    }

    static final String URL = "https?://[^\\s]+";

    @Schema(name = "MeetingInput", description = "A new meeting, in DRAFT. A place or a video link (or both).")
    public record MeetingInput(
            @NotBlank @Size(max = 500) @Schema(example = "Ежеквартальное совещание по развитию кластера") String title,
            @NotNull MeetingKind kind,
            @NotNull @JsonDeserialize(using = StrictJson.StrictInstant.class) @Schema(example = "2027-03-25T11:00:00+03:00") Instant startsAt,
            @JsonDeserialize(using = StrictJson.StrictInstant.class) @Schema(nullable = true) Instant endsAt,
            @Size(max = 500) @Schema(example = "г. Смоленск, ул. Октябрьской революции, 14а, зал заседаний", nullable = true) String place,
            @Size(max = 1000) @Pattern(regexp = URL, message = "{ru.karta.url.message}") @Schema(nullable = true, example = "https://meet.example.ru/karta") String videoUrl,
            @Schema(nullable = true) UUID bodyId,
            @Schema(nullable = true) UUID chairPersonId,
            @Schema(nullable = true) UUID secretaryPersonId,
            @Size(max = 50) @Schema(description = "The protocol's number", nullable = true, example = "3") String number) {
    }

    @Schema(name = "MeetingPatch", description = "A JSON merge patch of a meeting (not once it is closed or cancelled)")
    public record MeetingPatch(@Size(max = 500) String title, MeetingKind kind,
            @JsonDeserialize(using = StrictJson.StrictInstant.class) Instant startsAt,
            @JsonDeserialize(using = StrictJson.StrictInstant.class) @Schema(nullable = true) Instant endsAt, @Size(max = 500) @Schema(nullable = true) String place,
            @Size(max = 1000) @Schema(nullable = true) String videoUrl, @Schema(nullable = true) UUID bodyId,
            @Schema(nullable = true) UUID chairPersonId, @Schema(nullable = true) UUID secretaryPersonId,
            @Size(max = 50) @Schema(nullable = true) String number,
            @Schema(description = "The version the change is based on, when If-Match is not sent") Long version) {
    }

    @Schema(name = "PersonRef", description = "A person named by a meeting: chair, secretary, presenter")
    public record PersonRef(UUID personId, @Schema(example = "Соколова Анна") String name,
            @Schema(nullable = true) String position, @Schema(nullable = true) UUID organisationId,
            @Schema(nullable = true) String organisationName) {
    }

    @Schema(name = "MeetingPermissions")
    public record MeetingPermissions(
            @Schema(description = "Change title, time, place, chair, secretary") boolean edit,
            boolean open, boolean start, boolean close, boolean cancel,
            @Schema(description = "Add, change, reorder and remove agenda items") boolean manageAgenda,
            @Schema(description = "Invite and uninvite participants") boolean manageParticipants,
            @Schema(description = "Mark attendance by hand") boolean markAttendance,
            @Schema(description = "Show the rotating check-in QR code") boolean showCheckInCode,
            @Schema(description = "Check in (the meeting is open or in progress and the caller is a person)") boolean checkIn,
            @Schema(description = "Write the minutes of agenda items") boolean writeMinutes,
            @Schema(description = "Record decisions") boolean addDecisions,
            @Schema(description = "Read participants, attendance, minutes, decisions and the protocol (organisers and participants)") boolean readDetails)
            implements Permissions {
    }

    @Schema(name = "Meeting")
    public record MeetingView(UUID id, MeetingKind kind, @Schema(nullable = true) UUID bodyId,
            @Schema(nullable = true) String bodyName, String title, @Schema(nullable = true) String number,
            Instant startsAt, @Schema(nullable = true) Instant endsAt, @Schema(nullable = true) String place,
            @Schema(nullable = true) String videoUrl, MeetingState state,
            @Schema(nullable = true) PersonRef chair, @Schema(nullable = true) PersonRef secretary,
            @Schema(description = "Whether the caller is among the participants (invited or checked in as a guest)") boolean participant,
            @Schema(description = "The caller's own attendance, when a participant", nullable = true) Attendance myAttendance,
            @Schema(description = "When the caller checked in", nullable = true) Instant myCheckedInAt,
            @Schema(description = "Invited participants (guests not counted)") long invitedCount,
            @Schema(description = "Present, guests included") long presentCount,
            @Schema(description = "Agenda items") long agendaCount,
            @Schema(nullable = true) Instant openedAt, @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant closedAt, @Schema(nullable = true) Instant cancelledAt,
            long version, Instant createdAt, Instant updatedAt, MeetingPermissions permissions) {
    }

    @Schema(name = "MeetingList")
    public record MeetingList(List<MeetingView> items, int page, int size, long totalItems,
            @Schema(description = "Whether this caller may plan meetings") boolean mayCreate) {
    }

    @Schema(name = "AgendaItemInput", description = "A new agenda item, appended at the end unless position says where (1-based)")
    public record AgendaItemInput(
            @NotBlank @Size(max = 1000) @Schema(example = "О ходе выполнения дорожной карты за II квартал") String title,
            @Schema(nullable = true) UUID presenterPersonId,
            @Min(1) @Max(600) @Schema(nullable = true, example = "15") Integer plannedMinutes,
            @Size(max = 20) @Schema(description = "Roadmap items the question is about", nullable = true) List<@NotNull UUID> roadmapItemIds,
            @Min(1) @Max(1000) @Schema(nullable = true) Integer position) {
    }

    @Schema(name = "AgendaItemPatch", description = "A JSON merge patch of an agenda item; position moves it (1-based)")
    public record AgendaItemPatch(@Size(max = 1000) String title, @Schema(nullable = true) UUID presenterPersonId,
            @Min(1) @Max(600) @Schema(nullable = true) Integer plannedMinutes,
            @Size(max = 20) @Schema(nullable = true) List<@NotNull UUID> roadmapItemIds,
            @Min(1) @Max(1000) Integer position, Long version) {
    }

    @Schema(name = "MinutesInput", description = "The minutes of an agenda item, replaced whole")
    public record MinutesInput(
            @Size(max = 10000) @Schema(description = "СЛУШАЛИ: who reported and what", nullable = true) String heard,
            @Size(max = 10000) @Schema(description = "ВЫСТУПИЛИ: who spoke and what", nullable = true) String spoke,
            @Schema(description = "The version the minutes are based on, when If-Match is not sent") Long version) {
    }

    @Schema(name = "LinkedRoadmapItem")
    public record LinkedItemView(UUID id, UUID roadmapId, @Schema(example = "13") String number, String activity) {
    }

    @Schema(name = "AgendaItem")
    public record AgendaItemView(UUID id, UUID meetingId, @Schema(description = "1-based") int position, String title,
            @Schema(nullable = true) PersonRef presenter, @Schema(nullable = true) Integer plannedMinutes,
            List<LinkedItemView> roadmapItems,
            @Schema(description = "СЛУШАЛИ; null for those who may not read the minutes", nullable = true) String heard,
            @Schema(description = "ВЫСТУПИЛИ; null for those who may not read the minutes", nullable = true) String spoke,
            long version) {
    }

    @Schema(name = "AgendaItemList")
    public record AgendaItemList(List<AgendaItemView> items, int page, int size, long totalItems) {
    }

    @Schema(name = "ParticipantsInput", description = "Exactly one of: a person, a body (its members today) or an organisation (its people)")
    public record ParticipantsInput(@Schema(nullable = true) UUID personId, @Schema(nullable = true) UUID bodyId,
            @Schema(nullable = true) UUID organisationId) {
    }

    @Schema(name = "ParticipantsAdded")
    public record ParticipantsAdded(@Schema(description = "Newly invited") int added,
            @Schema(description = "Already participants") int alreadyParticipants,
            @Schema(description = "Invited participants now") long invitedCount) {
    }

    @Schema(name = "Participant")
    public record ParticipantView(UUID personId, String name, @Schema(nullable = true) String position,
            @Schema(nullable = true) UUID organisationId, @Schema(nullable = true) String organisationName,
            @Schema(description = "Null while not marked", nullable = true) Attendance attendance,
            @Schema(nullable = true) Instant checkedInAt,
            @Schema(description = "Checked in without an invitation") boolean guest,
            @Schema(description = "QR (checked in with the code) or MANUAL (marked by the secretary)", nullable = true) String via) {
    }

    @Schema(name = "ParticipantList")
    public record ParticipantList(List<ParticipantView> items, int page, int size, long totalItems) {
    }

    @Schema(name = "AttendanceInput")
    public record AttendanceInput(@NotNull Attendance attendance) {
    }

    @Schema(name = "AttendanceView", description = "Counts for everyone; the list of participants only for organisers and participants (empty for others)")
    public record AttendanceView(long presentCount, long guestCount, long invitedCount, long excusedCount,
            long absentCount, List<ParticipantView> participants) {
    }

    @Schema(name = "CheckInCode", description = "The current check-in code: show it as a QR code of url; fetch a new one before expiresAt")
    public record CheckInCode(@Schema(example = "29561234.q1Vb3lKx8s0dQ2m9ZxY7aA") String token,
            @Schema(description = "What the QR code holds: the SPA's check-in page with the token") String url,
            @Schema(description = "When the code stops being current; it is still accepted for one more window after") Instant expiresAt,
            @Schema(example = "60") int rotatesEverySeconds) {
    }

    @Schema(name = "CheckInInput")
    public record CheckInInput(@NotBlank @Size(max = 200) String token) {
    }

    @Schema(name = "CheckIn")
    public record CheckInView(UUID meetingId, UUID personId,
            @Schema(description = "The first check-in; a repeat keeps it") Instant checkedInAt,
            @Schema(description = "Not invited: checked in as a guest") boolean guest,
            @Schema(description = "Whether the person had already checked in") boolean repeat,
            @Schema(example = "Ежеквартальное совещание по развитию кластера") String meetingTitle) {
    }

    @Schema(name = "DecisionInput", description = "A decision (РЕШИЛИ). createRoadmapItem makes it a new roadmap item (responsible organisation and due date required); roadmapItemId without it adds a progress update to that item.")
    public record DecisionInput(
            @NotBlank @Size(max = 4000) String text,
            @Schema(nullable = true) UUID responsibleOrganisationId,
            @Schema(nullable = true) LocalDate dueDate,
            @Schema(nullable = true) UUID roadmapItemId,
            @Schema(nullable = true) Boolean createRoadmapItem,
            @Schema(description = "The agenda item it decides", nullable = true) UUID agendaItemId,
            @Schema(description = "Where a new item goes: by default the roadmap of the linked item, else the approved roadmap whose period holds the due date", nullable = true) UUID roadmapId) {
    }

    @Schema(name = "Decision")
    public record DecisionView(UUID id, UUID meetingId, @Schema(nullable = true) UUID agendaItemId, int position,
            String text, @Schema(nullable = true) UUID responsibleOrganisationId,
            @Schema(nullable = true) String responsibleOrganisationName, @Schema(nullable = true) LocalDate dueDate,
            @Schema(nullable = true) LinkedItemView roadmapItem,
            @Schema(description = "The decision became this new roadmap item") boolean createdRoadmapItem,
            @Schema(description = "The progress update it added to the roadmap item", nullable = true) UUID progressUpdateId,
            Instant createdAt) {
    }

    @Schema(name = "DecisionList")
    public record DecisionList(List<DecisionView> items, int page, int size, long totalItems) {
    }

    @Schema(name = "CalendarFeed", description = "The caller's calendar feed: a secret URL a phone's calendar subscribes to. The URL is shown only when it is made.")
    public record CalendarFeedView(boolean active,
            @Schema(description = "Only in the answer that makes it", nullable = true) String url,
            @Schema(nullable = true) Instant createdAt) {
    }

    @Schema(name = "MeetingOccurrence", description = "A quarter of the quarterly meetings' duty: its meeting, held (closed) or not")
    public record MeetingOccurrence(@Schema(example = "2017-Q2") String period,
            @Schema(description = "When the quarter ends") Instant endsAt,
            @Schema(nullable = true) UUID meetingId, @Schema(nullable = true) String title,
            @Schema(nullable = true) Instant startsAt, @Schema(nullable = true) MeetingState state,
            @Schema(description = "A meeting of the quarter was held (closed)") boolean held) {
    }
}
