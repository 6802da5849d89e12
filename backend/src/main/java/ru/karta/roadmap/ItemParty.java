package ru.karta.roadmap;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation responsible for or assisting with an item, with the official the roadmap names, if any. */
@Embeddable
public class ItemParty {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyRole role;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    public String official;

    public ItemParty() {
    }

    public ItemParty(PartyRole role, UUID organisationId, String official) {
        this.role = role;
        this.organisationId = organisationId;
        this.official = official;
    }
}
