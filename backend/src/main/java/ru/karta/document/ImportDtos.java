package ru.karta.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.karta.organisation.OrganisationKind;
import ru.karta.roadmap.Duty;
import ru.karta.roadmap.RoadmapDtos.DeadlineInput;
import ru.karta.roadmap.RoadmapDtos.DeadlineView;

/** The API's view of roadmap imports. */
public final class ImportDtos {

    private ImportDtos() {
    }

    public enum ImportFormat {
        DOCX, TEXT
    }

    @Schema(name = "ImportMatch", description = "How an organisation written in the document was understood: NAME (its full name), ALIAS (its short name or an alias), BEGINNING (the beginning of exactly one organisation's name), PROPOSED (not known: a new organisation is proposed), MEMBERS (the cluster's member enterprises as a whole)")
    public enum ImportMatch {
        NAME, ALIAS, BEGINNING, PROPOSED, MEMBERS
    }

    @Schema(name = "RoadmapImportPreview", description = "What a document says, understood and nothing changed yet; commit makes it a new draft roadmap")
    public record ImportPreview(
            UUID id,
            @Schema(example = "roadmap-2018.docx") String fileName,
            ImportFormat format,
            long fileSize,
            @Schema(description = "SHA-256 of the file, hex") String sha256,
            Instant createdAt,
            String createdBy,
            @Schema(nullable = true, description = "When it was committed; null while it is a preview") Instant committedAt,
            @Schema(nullable = true, description = "The roadmap the commit made") UUID roadmapId,
            ImportRoadmap roadmap,
            List<ImportItem> items,
            ImportOrganisations organisations,
            List<ImportWarning> warnings,
            ImportPermissions permissions) {
    }

    @Schema(name = "RoadmapImportRoadmap", description = "The roadmap the document is: its title as written above the table and its year")
    public record ImportRoadmap(String title, int year, LocalDate periodStart, LocalDate periodEnd) {
    }

    @Schema(name = "RoadmapImportItem")
    public record ImportItem(
            @Schema(description = "The item's place in the document, from 0: what a commit's choices name") int index,
            String number,
            String activity,
            @Schema(description = "The deadline as written") String deadlineText,
            @Schema(nullable = true, description = "The deadline understood; null when it was not (a warning says so): the commit must then give it") DeadlineView deadline,
            @Schema(nullable = true) Duty duty,
            List<ImportParty> responsible,
            List<ImportParty> assisting,
            @Schema(nullable = true) String expectedResult,
            @Schema(nullable = true) String note) {
    }

    @Schema(name = "RoadmapImportParty")
    public record ImportParty(
            @Schema(description = "As the document writes it") String written,
            @Schema(nullable = true, description = "The official named in brackets") String official,
            ImportMatch match,
            @Schema(nullable = true) UUID organisationId,
            @Schema(nullable = true, description = "The matched organisation's name, or the proposed one's") String organisationName,
            @Schema(nullable = true, description = "The proposed organisation, by key") String proposedKey) {
    }

    @Schema(name = "RoadmapImportOrganisations")
    public record ImportOrganisations(
            List<MatchedOrganisation> matched,
            List<ProposedOrganisation> proposed,
            @Schema(description = "How many member enterprises \"участники кластера\" stands for now") long memberEnterprises) {
    }

    @Schema(name = "RoadmapImportMatchedOrganisation")
    public record MatchedOrganisation(UUID organisationId, String name,
            @Schema(description = "The ways the document writes it") List<String> writtenAs,
            @Schema(description = "How many items name it") int items) {
    }

    @Schema(name = "RoadmapImportProposedOrganisation", description = "An organisation the document names that Karta does not know: the commit creates it (association only) unless a choice maps it to an existing one")
    public record ProposedOrganisation(String key, String fullName, OrganisationKind kind, List<String> writtenAs,
            int items) {
    }

    @Schema(name = "RoadmapImportWarning")
    public record ImportWarning(
            @Schema(nullable = true, description = "The item's index; null for the document as a whole") Integer item,
            String field,
            @Schema(example = "deadline-unreadable") String code,
            String message) {
    }

    @Schema(name = "RoadmapImportPermissions")
    public record ImportPermissions(
            @Schema(description = "Commit it (not yet committed, and the caller may create roadmaps)") boolean commit,
            @Schema(description = "Create the proposed organisations (the association)") boolean createOrganisations) {
    }

    @Schema(name = "RoadmapImportCommitInput", description = "Choices made on the preview; everything left out is taken as the preview shows it")
    public record CommitInput(
            @Size(max = 500) String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Size(max = 5000) List<@NotNull @Valid ItemChoice> items,
            @Size(max = 5000) List<@NotNull @Valid OrganisationChoice> organisations) {
    }

    @Schema(name = "RoadmapImportItemChoiceInput", description = "One item changed before commit: left out, its deadline given, its organisations chosen")
    public record ItemChoice(
            @NotNull Integer index,
            @Schema(description = "Leave the item out") Boolean skip,
            @Valid DeadlineInput deadline,
            @Size(max = 50) List<@NotNull @Valid PartyChoice> responsible,
            @Size(max = 50) List<@NotNull @Valid PartyChoice> assisting) {
    }

    @Schema(name = "RoadmapImportPartyInput", description = "One of: organisationId (an existing organisation), proposedKey (a proposed one), members=true (every member enterprise)")
    public record PartyChoice(UUID organisationId, @Size(max = 500) String proposedKey, Boolean members,
            @Size(max = 300) String official) {
    }

    @Schema(name = "RoadmapImportOrganisationInput", description = "A proposed organisation mapped to an existing one (organisationId), or created with this name and kind")
    public record OrganisationChoice(
            @NotBlank @Size(max = 500) String key,
            UUID organisationId,
            @Size(max = 500) String fullName,
            @Size(max = 200) String shortName,
            OrganisationKind kind) {
    }
}
