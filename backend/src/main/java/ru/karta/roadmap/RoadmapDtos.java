package ru.karta.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import ru.karta.common.Permissions;

/** Request and response shapes of roadmaps, items and progress. Integration scripts rely on these names. */
public final class RoadmapDtos {

    private RoadmapDtos() {
    }

    public static final String NUMBER_PATTERN = "[0-9]{1,6}(\\.[0-9]{1,6}){0,4}";

    @Schema(name = "Roadmap")
    public record RoadmapView(
            UUID id,
            @Schema(example = "План мероприятий («дорожная карта») «Развитие Смоленского композитного кластера» на 2017 год") String title,
            @Schema(nullable = true) String description,
            @Schema(example = "2017-01-01") LocalDate periodStart,
            @Schema(example = "2017-12-31") LocalDate periodEnd,
            RoadmapStatus status,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(nullable = true) String approvedBy,
            @Schema(description = "The roadmap this one was copied from", nullable = true) UUID copiedFromId,
            long itemCount,
            long version,
            Instant createdAt,
            Instant updatedAt,
            RoadmapPermissions permissions) {
    }

    @Schema(name = "RoadmapPermissions", description = "What the caller may do with this roadmap now")
    public record RoadmapPermissions(
            @Schema(description = "Change its title, description and period") boolean edit,
            @Schema(description = "Approve the draft (association)") boolean approve,
            @Schema(description = "Archive the approved roadmap (association)") boolean archive,
            @Schema(description = "Copy it into a draft for the next period") boolean copy,
            @Schema(description = "Add items") boolean createItems) implements Permissions {
    }

    @Schema(name = "RoadmapInput", description = "A new roadmap")
    public record RoadmapInput(
            @NotBlank @Size(max = 500) String title,
            @Size(max = 4000) String description,
            @NotNull @Schema(example = "2018-01-01") LocalDate periodStart,
            @NotNull @Schema(example = "2018-12-31") LocalDate periodEnd) {
    }

    @Schema(name = "RoadmapPatch", description = "A JSON merge patch of a roadmap: only the fields that change; version (or If-Match) names what it is based on")
    public record RoadmapPatch(
            @Size(max = 500) String title,
            @Size(max = 4000) @Schema(nullable = true) String description,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Schema(description = "The version the change is based on, when If-Match is not sent") Long version) {
    }

    @Schema(name = "RoadmapCopyInput")
    public record RoadmapCopyInput(
            @Size(max = 500) @Schema(description = "Title of the copy; by default the years in the title move on") String title) {
    }

    @Schema(name = "RoadmapCopyPreview", description = "What copying a roadmap would make, to confirm before copying")
    public record CopyPreview(
            @Schema(description = "The title the copy gets unless another is given") String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Schema(description = "Whole years the deadlines move on") int years,
            long itemCount,
            @Schema(description = "Roadmaps the caller can see whose period overlaps the new one") List<RoadmapSummaryRef> existing) {
    }

    @Schema(name = "RoadmapRef")
    public record RoadmapSummaryRef(UUID id, String title, RoadmapStatus status, LocalDate periodStart,
            LocalDate periodEnd) {
    }

    @Schema(name = "RoadmapList")
    public record RoadmapList(List<RoadmapView> items, int page, int size, long totalItems,
            RoadmapListPermissions permissions) {
    }

    @Schema(name = "RoadmapListPermissions", description = "What the caller may do with the list of roadmaps")
    public record RoadmapListPermissions(@Schema(description = "Create a new roadmap") boolean create) {
    }

    @Schema(name = "Deadline", description = "A deadline as written, with its precision; dueDate is the last day of the period, none for ONGOING (\"постоянно\", never overdue)")
    public record DeadlineView(
            DeadlinePrecision precision,
            @Schema(description = "As written in the roadmap", example = "июнь 2017") String text,
            @Schema(description = "DAY 2017-06-15, MONTH 2017-06, QUARTER 2017-Q2, YEAR, RECURRING and ONGOING 2017", example = "2017-06") String period,
            @Schema(example = "2017-06-30", nullable = true) LocalDate dueDate,
            @Schema(nullable = true) Recurrence recurrence) {

        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.precision(), d.text(), d.period(), d.dueDate(), d.recurrence());
        }
    }

    @Schema(name = "DeadlineInput", description = "Either the text as written (\"июнь 2017\", \"II квартал 2017\", \"2017\", \"ежеквартально\"), or precision and period (then text is optional)")
    public record DeadlineInput(
            @Size(max = 200) @Schema(example = "июнь 2017") String text,
            DeadlinePrecision precision,
            @Size(max = 20) @Schema(example = "2017-06") String period,
            Recurrence recurrence) {
    }

    @Schema(name = "ItemOrganisation")
    public record ItemOrganisationView(
            UUID organisationId,
            @Schema(example = "Департамент инвестиционного развития Смоленской области") String organisationName,
            @Schema(description = "The official the roadmap names, if any", example = "Стрельцов А.В.", nullable = true) String official) {
    }

    @Schema(name = "ItemOrganisationInput")
    public record ItemOrganisationInput(@NotNull UUID organisationId, @Size(max = 300) String official) {
    }

    @Schema(name = "ItemPermissions", description = "What the caller may do with this item now")
    public record ItemPermissions(
            @Schema(description = "Change its fields") boolean edit,
            @Schema(description = "Delete it (refused with 409 once it has progress)") boolean delete,
            @Schema(description = "Report progress on it") boolean updateProgress,
            @Schema(description = "Change its status with a progress report (responsible organisations)") boolean changeStatus)
            implements Permissions {
    }

    @Schema(name = "RoadmapItem")
    public record ItemView(
            UUID id,
            UUID roadmapId,
            @Schema(description = "As written: \"1\", \"7\", \"3.2\"", example = "6") String number,
            String activity,
            DeadlineView deadline,
            List<ItemOrganisationView> responsible,
            List<ItemOrganisationView> assisting,
            @Schema(nullable = true) String expectedResult,
            @Schema(nullable = true) String note,
            ItemStatus status,
            @Schema(description = "Due date passed and not done or cancelled") boolean overdue,
            @Schema(description = "The recurring duty this item is, which Karta tracks itself (REPORTS: the member enterprises' quarterly reports); null for an ordinary item", nullable = true) Duty duty,
            @Schema(description = "The occurrences of the duty, one per quarter of the roadmap's period: for REPORTS each quarter's completeness (expected = onTime + late + missing + pending + notDue); null for an item that is no duty", nullable = true) List<ru.karta.report.FigureDtos.QuarterTotals> occurrences,
            @Schema(description = "For MEETINGS: each quarter of the roadmap's period with its quarterly meeting, held or not; null for any other item", nullable = true) List<ru.karta.meeting.MeetingDtos.MeetingOccurrence> meetings,
            long version,
            Instant createdAt,
            Instant updatedAt,
            ItemPermissions permissions) {
    }

    @Schema(name = "RoadmapItemInput", description = "A new item")
    public record ItemInput(
            @NotBlank @Pattern(regexp = NUMBER_PATTERN, message = "{ru.karta.item.number.message}") @Schema(example = "15") String number,
            @NotBlank @Size(max = 4000) String activity,
            @NotNull @Valid DeadlineInput deadline,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid ItemOrganisationInput> responsible,
            @Size(max = 20) List<@NotNull @Valid ItemOrganisationInput> assisting,
            @Size(max = 4000) String expectedResult,
            @Size(max = 4000) String note,
            @Schema(description = "NOT_STARTED when omitted") ItemStatus status,
            @Schema(description = "REPORTS marks the item due each quarter that is the duty of quarterly reports: its read then lists each quarter's completeness as occurrences; MEETINGS the duty of quarterly meetings: its read lists each quarter's meeting. Only for a RECURRING QUARTERLY deadline.", nullable = true) Duty duty) {
    }

    @Schema(name = "RoadmapItemPatch", description = "A JSON merge patch of an item: only the fields that change (lists and the deadline are replaced whole); version (or If-Match) names what it is based on")
    public record ItemPatch(
            @Pattern(regexp = NUMBER_PATTERN) @Schema(example = "15") String number,
            @Size(max = 4000) String activity,
            DeadlineInput deadline,
            @Size(max = 20) List<ItemOrganisationInput> responsible,
            @Size(max = 20) @Schema(nullable = true) List<ItemOrganisationInput> assisting,
            @Size(max = 4000) @Schema(nullable = true) String expectedResult,
            @Size(max = 4000) @Schema(nullable = true) String note,
            ItemStatus status,
            @Schema(description = "REPORTS marks the item as the duty of quarterly reports, MEETINGS of quarterly meetings (a RECURRING QUARTERLY deadline only); null clears it", nullable = true) Duty duty,
            @Schema(description = "The version the change is based on, when If-Match is not sent") Long version) {
    }

    @Schema(name = "MyItem", description = "An item of an approved roadmap where the caller's organisation is a party")
    public record MyItemView(
            ItemView item,
            @Schema(example = "План мероприятий («дорожная карта») «Развитие Смоленского композитного кластера» на 2017 год") String roadmapTitle,
            @Schema(description = "RESPONSIBLE or ASSISTING (RESPONSIBLE when both)") PartyRole role,
            @Schema(description = "Open, not overdue, and due within the next 30 days") boolean dueSoon) {
    }

    @Schema(name = "MyItemList")
    public record MyItemList(List<MyItemView> items, int page, int size, long totalItems,
            @Schema(description = "The organisation the items are of; null when the caller acts for none", nullable = true) UUID organisationId) {
    }

    @Schema(name = "RoadmapItemList")
    public record ItemList(List<ItemView> items, int page, int size, long totalItems) {
    }

    @Schema(name = "ProgressAuthor")
    public record Author(String subject, @Schema(example = "Ирина Морозова") String name,
            @Schema(nullable = true) UUID organisationId, @Schema(nullable = true) String organisationName) {
    }

    @Schema(name = "ProgressUpdate")
    public record ProgressView(
            UUID id,
            UUID itemId,
            String text,
            @Schema(description = "The status the item moved to with this update, if it changed", nullable = true) ItemStatus status,
            @Schema(description = "The status before this update, if it changed", nullable = true) ItemStatus previousStatus,
            @Schema(nullable = true) String evidenceUrl,
            Author author,
            Instant createdAt) {
    }

    @Schema(name = "ProgressUpdateInput")
    public record ProgressInput(
            @NotBlank @Size(max = 4000) @Schema(example = "Проект постановления направлен на согласование") String text,
            @Schema(description = "A new status for the item, if it changes") ItemStatus status,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{ru.karta.url.message}") @Schema(example = "https://example.ru/doc/123") String evidenceUrl) {
    }

    @Schema(name = "ProgressUpdateList")
    public record ProgressList(List<ProgressView> items, int page, int size, long totalItems) {
    }

    @Schema(name = "StatusCounts")
    public record StatusCounts(@JsonProperty("NOT_STARTED") long NOT_STARTED,
            @JsonProperty("IN_PROGRESS") long IN_PROGRESS, @JsonProperty("DONE") long DONE,
            @JsonProperty("CANCELLED") long CANCELLED) {
    }

    @Schema(name = "OrganisationSummary")
    public record OrganisationSummary(UUID organisationId, String organisationName,
            @Schema(description = "Items where it is responsible") long responsible,
            @Schema(description = "Items where it assists") long assisting,
            @Schema(description = "Overdue items where it is responsible") long overdue,
            @Schema(description = "Statuses of the items where it is responsible") StatusCounts byStatus) {
    }

    @Schema(name = "RoadmapSummary")
    public record SummaryView(UUID roadmapId, long totalItems, long overdue, StatusCounts byStatus,
            List<OrganisationSummary> byOrganisation) {
    }
}
