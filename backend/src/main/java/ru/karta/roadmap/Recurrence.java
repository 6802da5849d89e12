package ru.karta.roadmap;

public enum Recurrence {
    MONTHLY, QUARTERLY, YEARLY
}
