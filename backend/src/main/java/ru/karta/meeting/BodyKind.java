package ru.karta.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BodyKind", description = "COUNCIL (the scientific-technical council), WORKING_GROUP, REGISTRY (the cluster's members of federal working groups and commissions)")
public enum BodyKind {
    COUNCIL, WORKING_GROUP, REGISTRY
}
