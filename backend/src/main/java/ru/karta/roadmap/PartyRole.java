package ru.karta.roadmap;

public enum PartyRole {
    RESPONSIBLE, ASSISTING
}
