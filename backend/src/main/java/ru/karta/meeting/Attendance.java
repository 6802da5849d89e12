package ru.karta.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attendance", description = "PRESENT (checked in or marked by the secretary), ABSENT, EXCUSED (absent for a reason given beforehand)")
public enum Attendance {
    PRESENT, ABSENT, EXCUSED
}
