package ru.karta.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone who works for an organisation; may have an account (a Keycloak user) or not (an official named in items). */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "full_name", nullable = false)
    public String name;

    @Column(name = "position_title")
    public String position;

    public String email;
    public String phone;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
