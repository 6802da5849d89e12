package ru.karta.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingKind", description = "QUARTERLY: the quarterly meeting on the cluster's development (the roadmap's recurring item); WORKING_GROUP; COUNCIL: the scientific-technical council")
public enum MeetingKind {
    QUARTERLY, WORKING_GROUP, COUNCIL
}
