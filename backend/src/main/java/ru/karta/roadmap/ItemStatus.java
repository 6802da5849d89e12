package ru.karta.roadmap;

public enum ItemStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED
}
