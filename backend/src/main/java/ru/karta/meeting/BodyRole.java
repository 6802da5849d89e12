package ru.karta.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BodyRole", description = "A member's role in the body: CHAIR, DEPUTY, SECRETARY, MEMBER")
public enum BodyRole {
    CHAIR, DEPUTY, SECRETARY, MEMBER
}
