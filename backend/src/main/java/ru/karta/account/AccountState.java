package ru.karta.account;

/** A person's account as Karta sees it: none yet, invited (the mail went out), active (signed in), disabled. */
public enum AccountState {
    NONE, INVITED, ACTIVE, DISABLED
}
