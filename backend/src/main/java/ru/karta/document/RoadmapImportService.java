package ru.karta.document;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.common.Messages;
import ru.karta.document.ImportDtos.CommitInput;
import ru.karta.document.ImportDtos.ImportFormat;
import ru.karta.document.ImportDtos.ImportItem;
import ru.karta.document.ImportDtos.ImportMatch;
import ru.karta.document.ImportDtos.ImportOrganisations;
import ru.karta.document.ImportDtos.ImportParty;
import ru.karta.document.ImportDtos.ImportPermissions;
import ru.karta.document.ImportDtos.ImportPreview;
import ru.karta.document.ImportDtos.ImportRoadmap;
import ru.karta.document.ImportDtos.ImportWarning;
import ru.karta.document.ImportDtos.ItemChoice;
import ru.karta.document.ImportDtos.MatchedOrganisation;
import ru.karta.document.ImportDtos.OrganisationChoice;
import ru.karta.document.ImportDtos.PartyChoice;
import ru.karta.document.ImportDtos.ProposedOrganisation;
import ru.karta.organisation.OrganisationKind;
import ru.karta.organisation.OrganisationPolicy;
import ru.karta.organisation.OrganisationService;
import ru.karta.roadmap.Deadline;
import ru.karta.roadmap.ItemParty;
import ru.karta.roadmap.PartyRole;
import ru.karta.roadmap.RoadmapDtos.DeadlineInput;
import ru.karta.roadmap.RoadmapDtos.DeadlineView;
import ru.karta.roadmap.RoadmapDtos.RoadmapView;
import ru.karta.roadmap.RoadmapItemService;
import ru.karta.roadmap.RoadmapPolicy;
import ru.karta.roadmap.RoadmapService;
import ru.karta.security.Actor;

/**
 * Roadmap imports: a Word document (DOCX) or its plain-text export is read into a preview that changes nothing, kept
 * until it is committed, as one transaction, into a new draft roadmap with its items (and the new organisations the
 * association accepts). The association and ЦКР import, as they create roadmaps; only the association creates
 * organisations, so ЦКР maps proposed ones to existing organisations before it commits.
 */
@ApplicationScoped
public class RoadmapImportService {

    static final String AUDIT_TYPE = "ROADMAP_IMPORT";

    private final EntityManager em;
    private final RoadmapPolicy roadmapPolicy;
    private final OrganisationPolicy organisationPolicy;
    private final RoadmapService roadmaps;
    private final RoadmapItemService items;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;

    @Inject
    public RoadmapImportService(EntityManager em, RoadmapPolicy roadmapPolicy, OrganisationPolicy organisationPolicy,
            RoadmapService roadmaps, RoadmapItemService items, OrganisationService organisations, AuditLog audit,
            ObjectMapper json, Validator validator, ClusterClock clock) {
        this.em = em;
        this.roadmapPolicy = roadmapPolicy;
        this.organisationPolicy = organisationPolicy;
        this.roadmaps = roadmaps;
        this.items = items;
        this.organisations = organisations;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    /** Reads a document into a preview (201): nothing but the preview itself is stored. */
    @Transactional
    public ImportPreview read(Actor actor, String fileName, byte[] file, Locale locale) {
        roadmapPolicy.requireCreate(actor);
        if (file.length == 0) {
            throw ApiException.badRequest("file", "problem.roadmap-import.empty");
        }
        ImportFormat format = formatOf(file);
        SourceTable table;
        if (format == ImportFormat.DOCX) {
            try {
                table = DocxTables.read(new ByteArrayInputStream(file));
            } catch (DocxTables.Unreadable e) {
                throw ApiException.badRequest("file", e.messageKey);
            }
        } else {
            table = TextTables.read(text(file));
        }
        RoadmapReading.Result reading = RoadmapReading.read(table, matcher(), clock.today().getYear());
        if (reading == null) {
            throw ApiException.badRequest("file", format == ImportFormat.DOCX ? "problem.roadmap-import.no-table"
                    : "problem.roadmap-import.no-table-text");
        }
        if (reading.items().isEmpty()) {
            throw ApiException.badRequest("file", "problem.roadmap-import.no-items");
        }
        RoadmapImport made = new RoadmapImport();
        made.id = UUID.randomUUID();
        made.fileName = fileName(fileName, format);
        made.sha256 = sha256(file);
        made.fileSize = file.length;
        made.format = format;
        made.reading = write(reading);
        made.createdAt = clock.now();
        made.createdBy = actor.subject();
        em.persist(made);
        em.flush();
        audit.record(actor, AUDIT_TYPE, made.id, null, "CREATED", new AuditLog.Snapshot().put("fileName", made.fileName)
                .put("sha256", made.sha256).put("items", reading.items().size()).asCreated());
        return view(actor, made, reading, locale);
    }

    @Transactional
    public ImportPreview get(Actor actor, UUID id, Locale locale) {
        roadmapPolicy.requireCreate(actor);
        RoadmapImport found = find(id);
        return view(actor, found, reading(found), locale);
    }

    /** Makes the preview, with the choices given, a new draft roadmap: all of it or nothing. */
    @Transactional
    public RoadmapView commit(Actor actor, UUID id, JsonNode body) {
        roadmapPolicy.requireCreate(actor);
        RoadmapImport found = em.find(RoadmapImport.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            throw ApiException.notFound("import");
        }
        if (found.committedAt != null) {
            throw ApiException.conflict("import-committed", "problem.roadmap-import.committed", found.roadmapId);
        }
        CommitInput input = Bodies.convert(json, validator,
                body == null || body.isNull() || body.isMissingNode() ? json.createObjectNode() : body,
                CommitInput.class);
        RoadmapReading.Result reading = reading(found);
        Map<Integer, ItemChoice> choices = new HashMap<>();
        if (input.items() != null) {
            for (int i = 0; i < input.items().size(); i++) {
                ItemChoice choice = input.items().get(i);
                if (choice.index() < 0 || choice.index() >= reading.items().size()) {
                    throw ApiException.badRequest("items[" + i + "].index", "problem.roadmap-import.no-such-item",
                            choice.index());
                }
                if (choices.put(choice.index(), choice) != null) {
                    throw ApiException.badRequest("items[" + i + "].index", "problem.roadmap-import.item-twice", choice.index());
                }
            }
        }
        Map<String, RoadmapReading.Proposed> proposedByKey = new LinkedHashMap<>();
        reading.proposed().forEach(p -> proposedByKey.put(p.key(), p));
        Map<String, OrganisationChoice> organisationChoices = new HashMap<>();
        if (input.organisations() != null) {
            for (int i = 0; i < input.organisations().size(); i++) {
                OrganisationChoice choice = input.organisations().get(i);
                if (!proposedByKey.containsKey(choice.key())) {
                    throw ApiException.badRequest("organisations[" + i + "].key", "problem.roadmap-import.no-such-proposal");
                }
                if (choice.organisationId() != null && !exists(choice.organisationId())) {
                    throw ApiException.badRequest("organisations[" + i + "].organisationId",
                            "problem.item.unknown-organisation", choice.organisationId());
                }
                organisationChoices.put(choice.key(), choice);
            }
        }
        int year = reading.year();
        LocalDate start = input.periodStart() != null ? input.periodStart() : LocalDate.of(year, 1, 1);
        LocalDate end = input.periodEnd() != null ? input.periodEnd() : LocalDate.of(year, 12, 31);
        ObjectNode roadmapBody = json.createObjectNode();
        roadmapBody.put("title", input.title() != null && !input.title().isBlank() ? input.title() : reading.title());
        roadmapBody.put("description", "Импортирована из файла «" + found.fileName + "»");
        roadmapBody.put("periodStart", start.toString());
        roadmapBody.put("periodEnd", end.toString());
        RoadmapView roadmap = roadmaps.create(actor, roadmapBody);

        // every deadline first, so that a missing one is named before anything is made
        Map<Integer, Deadline> deadlines = new HashMap<>();
        for (RoadmapReading.Item item : reading.items()) {
            ItemChoice choice = choices.get(item.index());
            if (choice != null && Boolean.TRUE.equals(choice.skip())) {
                continue;
            }
            String at = "items[" + item.index() + "]";
            Deadline deadline = choice != null && choice.deadline() != null
                    ? deadline(choice.deadline(), year, at + ".deadline")
                    : item.deadline();
            if (deadline == null) {
                throw ApiException.badRequest(at + ".deadline", "problem.roadmap-import.deadline-needed",
                        item.number(), item.deadlineText());
            }
            deadlines.put(item.index(), deadline);
        }

        // the organisations: proposed ones are created once, when an item still names them
        Map<String, UUID> created = new HashMap<>();
        List<UUID> members = null;
        List<RoadmapItemService.NewItem> made = new ArrayList<>();
        for (RoadmapReading.Item item : reading.items()) {
            ItemChoice choice = choices.get(item.index());
            if (choice != null && Boolean.TRUE.equals(choice.skip())) {
                continue;
            }
            String at = "items[" + item.index() + "]";
            Deadline deadline = deadlines.get(item.index());
            List<ItemParty> parties = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (PartyRole role : PartyRole.values()) {
                List<PartyChoice> chosen = choice == null ? null
                        : role == PartyRole.RESPONSIBLE ? choice.responsible() : choice.assisting();
                List<PartyChoice> given = chosen != null ? chosen
                        : (role == PartyRole.RESPONSIBLE ? item.responsible() : item.assisting()).stream()
                                .map(p -> new PartyChoice(p.organisationId(), p.proposedKey(),
                                        "MEMBERS".equals(p.match()) ? Boolean.TRUE : null, p.official()))
                                .toList();
                String field = at + "." + (role == PartyRole.RESPONSIBLE ? "responsible" : "assisting");
                for (int i = 0; i < given.size(); i++) {
                    PartyChoice party = given.get(i);
                    List<UUID> ids;
                    if (Boolean.TRUE.equals(party.members())) {
                        if (members == null) {
                            members = memberEnterprises();
                        }
                        ids = members;
                    } else if (party.organisationId() != null) {
                        if (!exists(party.organisationId())) {
                            throw ApiException.badRequest(field + "[" + i + "].organisationId",
                                    "problem.item.unknown-organisation", party.organisationId());
                        }
                        ids = List.of(party.organisationId());
                    } else if (party.proposedKey() != null && proposedByKey.containsKey(party.proposedKey())) {
                        ids = List.of(created.computeIfAbsent(party.proposedKey(), key -> organisation(actor,
                                proposedByKey.get(key), organisationChoices.get(key))));
                    } else {
                        throw ApiException.badRequest(field + "[" + i + "]", "problem.roadmap-import.party-unknown");
                    }
                    for (UUID organisationId : ids) {
                        if (seen.add(organisationId)) {
                            parties.add(new ItemParty(role, organisationId,
                                    ids.size() == 1 ? blankToNull(party.official()) : null));
                        }
                    }
                }
            }
            if (parties.stream().noneMatch(p -> p.role == PartyRole.RESPONSIBLE)) {
                throw ApiException.badRequest(at + ".responsible", "problem.roadmap-import.responsible-needed", item.number());
            }
            for (String[] text : new String[][] { { "activity", item.activity() },
                    { "expectedResult", item.expectedResult() }, { "note", item.note() } }) {
                if (text[1] != null && text[1].length() > RoadmapReading.MAX_TEXT) {
                    throw ApiException.badRequest(at + "." + text[0], "problem.roadmap-import.too-long", item.number(),
                            RoadmapReading.MAX_TEXT);
                }
            }
            made.add(new RoadmapItemService.NewItem(item.number(), item.activity(), deadline, parties,
                    item.expectedResult(), item.note(), item.duty()));
        }
        if (made.isEmpty()) {
            throw ApiException.badRequest("items", "problem.roadmap-import.nothing-left");
        }
        items.createImported(actor, roadmap.id(), made);
        found.committedAt = clock.now();
        found.committedBy = actor.subject();
        found.roadmapId = roadmap.id();
        audit.record(actor, AUDIT_TYPE, found.id, roadmap.id(), "COMMITTED", new AuditLog.Snapshot()
                .put("roadmapId", roadmap.id()).put("items", made.size()).put("organisations", created.size())
                .asCreated());
        return roadmaps.get(actor, roadmap.id());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private RoadmapImport find(UUID id) {
        RoadmapImport found = em.find(RoadmapImport.class, id);
        if (found == null) {
            throw ApiException.notFound("import");
        }
        return found;
    }

    private UUID organisation(Actor actor, RoadmapReading.Proposed proposed, OrganisationChoice choice) {
        if (choice != null && choice.organisationId() != null) {
            return choice.organisationId();
        }
        if (!actor.isAssociation()) {
            throw ApiException.forbidden("problem.roadmap-import.new-organisations", proposed.fullName());
        }
        ObjectNode body = json.createObjectNode();
        body.put("fullName", choice != null && choice.fullName() != null && !choice.fullName().isBlank()
                ? choice.fullName()
                : proposed.fullName());
        if (choice != null && choice.shortName() != null && !choice.shortName().isBlank()) {
            body.put("shortName", choice.shortName());
        }
        OrganisationKind kind = choice != null && choice.kind() != null ? choice.kind() : proposed.kind();
        body.put("kind", kind.name());
        List<String> aliases = proposed.writtenAs().stream()
                .filter(w -> !w.equals(body.get("fullName").asText())).distinct().limit(50).toList();
        if (!aliases.isEmpty()) {
            body.set("aliases", json.valueToTree(aliases));
        }
        return organisations.create(actor, body).id();
    }

    private static Deadline deadline(DeadlineInput input, int year, String field) {
        try {
            if (input.precision() == null) {
                return Deadline.parse(input.text(), year);
            }
            return Deadline.of(input.precision(), input.period(), input.recurrence(), input.text());
        } catch (Deadline.Invalid e) {
            throw ApiException.badRequest(field + e.field().substring("deadline".length()), e.messageKey());
        }
    }

    private boolean exists(UUID organisationId) {
        return !em.createNativeQuery("select 1 from organisation where id = :id").setParameter("id", organisationId)
                .getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> memberEnterprises() {
        return em.createNativeQuery("select id from organisation where kind = 'MEMBER_ENTERPRISE'"
                + " order by lower(coalesce(short_name, full_name)), id").getResultList();
    }

    private long memberCount() {
        return ((Number) em.createNativeQuery("select count(*) from organisation where kind = 'MEMBER_ENTERPRISE'")
                .getSingleResult()).longValue();
    }

    /** Every organisation Karta knows, under its names. */
    @SuppressWarnings("unchecked")
    private OrganisationMatcher matcher() {
        OrganisationMatcher matcher = new OrganisationMatcher();
        Map<UUID, List<String>> aliases = new HashMap<>();
        for (Object[] row : (List<Object[]>) em
                .createNativeQuery("select organisation_id, alias from organisation_alias order by position")
                .getResultList()) {
            aliases.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        for (Object[] row : (List<Object[]>) em
                .createNativeQuery("select id, full_name, short_name, kind from organisation order by created_at, id")
                .getResultList()) {
            UUID id = (UUID) row[0];
            List<String> others = new ArrayList<>();
            if (row[2] != null) {
                others.add((String) row[2]);
            }
            others.addAll(aliases.getOrDefault(id, List.of()));
            matcher.add(new OrganisationMatcher.Known(id, (String) row[1], OrganisationKind.valueOf((String) row[3])),
                    (String) row[1], others);
        }
        return matcher;
    }

    private ImportPreview view(Actor actor, RoadmapImport found, RoadmapReading.Result reading, Locale locale) {
        List<ImportItem> list = reading.items().stream().map(i -> new ImportItem(i.index(), i.number(), i.activity(),
                i.deadlineText(), i.deadline() == null ? null
                        : new DeadlineView(i.deadline().precision(), i.deadline().text(), i.deadline().period(),
                                i.deadline().dueDate(), i.deadline().recurrence()),
                i.duty(), parties(i.responsible()), parties(i.assisting()), i.expectedResult(), i.note())).toList();
        List<ImportWarning> warnings = reading.warnings().stream().map(w -> new ImportWarning(w.item(), w.field(),
                w.code().substring(w.code().lastIndexOf('.') + 1), Messages.get(locale, w.code(), w.args().toArray())))
                .toList();
        int year = reading.year();
        return new ImportPreview(found.id, found.fileName, found.format, found.fileSize, found.sha256, found.createdAt,
                found.createdBy, found.committedAt, found.roadmapId,
                new ImportRoadmap(reading.title(), year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), list,
                new ImportOrganisations(
                        reading.matched().stream().map(m -> new MatchedOrganisation(m.organisationId(), m.name(),
                                m.writtenAs(), m.items())).toList(),
                        reading.proposed().stream().map(p -> new ProposedOrganisation(p.key(), p.fullName(), p.kind(),
                                p.writtenAs(), p.items())).toList(),
                        memberCount()),
                warnings, new ImportPermissions(found.committedAt == null, actor.isAssociation()));
    }

    private static List<ImportParty> parties(List<RoadmapReading.Party> parties) {
        return parties.stream().map(p -> new ImportParty(p.written(), p.official(), ImportMatch.valueOf(p.match()),
                p.organisationId(), p.organisationName(), p.proposedKey())).toList();
    }

    /** DOCX by its zip signature, an old Word file or anything binary refused, else text (UTF-8 or Windows-1251). */
    static ImportFormat formatOf(byte[] file) {
        if (file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4) {
            return ImportFormat.DOCX;
        }
        if (file.length >= 4 && (file[0] & 0xff) == 0xD0 && (file[1] & 0xff) == 0xCF && (file[2] & 0xff) == 0x11
                && (file[3] & 0xff) == 0xE0) {
            throw new ApiException(415, "unsupported-media-type", "problem.roadmap-import.old-word", null,
                    List.of(new ApiException.FieldProblem("file", "problem.roadmap-import.old-word")), null);
        }
        for (int i = 0; i < Math.min(file.length, 8192); i++) {
            if (file[i] == 0) {
                throw new ApiException(415, "unsupported-media-type", "problem.roadmap-import.type", null,
                        List.of(new ApiException.FieldProblem("file", "problem.roadmap-import.type")), null);
            }
        }
        return ImportFormat.TEXT;
    }

    private static String text(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return new String(file, Charset.forName("windows-1251"));
        }
    }

    private static String fileName(String given, ImportFormat format) {
        String name = given == null ? "" : given.replaceAll("[\\p{Cntrl}/\\\\]", " ").strip();
        if (name.isEmpty()) {
            name = format == ImportFormat.DOCX ? "roadmap.docx" : "roadmap.txt";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(RoadmapReading.Result reading) {
        try {
            return json.writeValueAsString(reading);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RoadmapReading.Result reading(RoadmapImport found) {
        try {
            return json.readValue(found.reading, RoadmapReading.Result.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
