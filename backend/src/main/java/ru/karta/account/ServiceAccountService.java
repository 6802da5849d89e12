package ru.karta.account;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.karta.audit.AuditDtos.Change;
import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.identity.KeycloakAdmin;
import ru.karta.security.Actor;
import ru.karta.security.Revocations;

/**
 * Service accounts for integration scripts, kept by the association: each is a Keycloak client with client
 * credentials, the integration role and the karta-api audience. The secret is shown in the answer that creates or
 * rotates it and never again; revoking deletes the client and refuses the tokens it still holds.
 */
@ApplicationScoped
public class ServiceAccountService {

    public static final String AUDIT_TYPE = "SERVICE_ACCOUNT";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Schema(name = "ServiceAccountInput")
    public record ServiceAccountInput(@NotBlank @Size(max = 200) @Schema(example = "Выгрузка в региональную систему") String name) {
    }

    @Schema(name = "ServiceAccount", description = "A script's account; secret only in the answer that creates or rotates it")
    public record ServiceAccountView(UUID id, @Schema(example = "Выгрузка в региональную систему") String name,
            @Schema(example = "karta-script-3f9a1c2b") String clientId, java.time.Instant createdAt,
            @Schema(nullable = true) java.time.Instant lastUsedAt,
            @Schema(nullable = true) java.time.Instant rotatedAt,
            @Schema(description = "The client secret: shown once, here; Karta does not keep it", nullable = true) String secret) {
    }

    @Schema(name = "ServiceAccountList")
    public record ServiceAccountList(List<ServiceAccountView> items) {
    }

    private final EntityManager em;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;
    private final Revocations revocations;

    @Inject
    public ServiceAccountService(EntityManager em, KeycloakAdmin keycloak, AuditLog audit, ObjectMapper json,
            Validator validator, ClusterClock clock, Revocations revocations) {
        this.em = em;
        this.keycloak = keycloak;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.revocations = revocations;
    }

    private static void require(Actor actor) {
        if (!actor.isAssociation()) {
            throw ApiException.forbidden("problem.forbidden.service-accounts");
        }
    }

    @Transactional
    public ServiceAccountList list(Actor actor) {
        require(actor);
        return new ServiceAccountList(em.createQuery(
                "from ServiceAccount s where s.revokedAt is null order by s.createdAt desc, s.id", ServiceAccount.class)
                .getResultList().stream().map(s -> view(s, null)).toList());
    }

    @Transactional
    public ServiceAccountView create(Actor actor, JsonNode body) {
        require(actor);
        ServiceAccountInput input = Bodies.convert(json, validator, body, ServiceAccountInput.class);
        String name = input.name().strip().replaceAll("\\s+", " ");
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String clientId = "karta-script-" + HexFormat.of().formatHex(random);
        KeycloakAdmin.ScriptClient client = keycloak.createScriptClient(clientId, name);
        ServiceAccount account = new ServiceAccount();
        account.id = UUID.randomUUID();
        account.name = name;
        account.clientId = clientId;
        account.keycloakId = client.keycloakId();
        account.subject = client.subject();
        account.createdAt = clock.now();
        em.persist(account);
        em.flush();
        revocations.changed();
        audit.record(actor, AUDIT_TYPE, account.id, null, "CREATED",
                List.of(new Change("name", null, name), new Change("clientId", null, clientId)));
        return view(account, client.secret());
    }

    @Transactional
    public ServiceAccountView rotate(Actor actor, UUID id) {
        require(actor);
        ServiceAccount account = find(id);
        String secret = keycloak.rotateSecret(account.keycloakId);
        account.rotatedAt = clock.now();
        em.flush();
        audit.record(actor, AUDIT_TYPE, id, null, "SECRET_ROTATED", List.of(new Change("secret", "…", "…")));
        return view(account, secret);
    }

    @Transactional
    public void revoke(Actor actor, UUID id) {
        require(actor);
        ServiceAccount account = find(id);
        keycloak.deleteClient(account.keycloakId);
        account.revokedAt = clock.now();
        em.flush();
        revocations.changed();
        audit.record(actor, AUDIT_TYPE, id, null, "REVOKED", List.of(new Change("clientId", account.clientId, null)));
    }

    private ServiceAccount find(UUID id) {
        ServiceAccount account = em.find(ServiceAccount.class, id);
        if (account == null || account.revokedAt != null) {
            throw ApiException.notFound("service-account");
        }
        return account;
    }

    private static ServiceAccountView view(ServiceAccount s, String secret) {
        return new ServiceAccountView(s.id, s.name, s.clientId, s.createdAt, s.lastUsedAt, s.rotatedAt, secret);
    }
}
