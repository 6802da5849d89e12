package ru.karta.roadmap;

public enum DeadlinePrecision {
    DAY, MONTH, QUARTER, YEAR, RECURRING
}
