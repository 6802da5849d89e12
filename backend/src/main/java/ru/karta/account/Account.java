package ru.karta.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Keycloak user (by subject) acting for one organisation, optionally as a known person. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String subject;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
