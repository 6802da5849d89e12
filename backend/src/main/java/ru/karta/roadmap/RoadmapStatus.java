package ru.karta.roadmap;

public enum RoadmapStatus {
    DRAFT, APPROVED, ARCHIVED
}
