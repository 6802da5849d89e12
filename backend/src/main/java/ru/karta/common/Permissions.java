package ru.karta.common;

import java.lang.reflect.RecordComponent;

/**
 * The {@code permissions} of a view: what this caller may do with the object now, one boolean per action. The SPA
 * shows actions only from these. They are part of the ETag, so two callers who may do different things never share a
 * cached answer, and an answer goes stale when what the caller may do changes.
 */
public interface Permissions {

    /** The actions as bits, in the order of the record's components. */
    default int bits() {
        int bits = 0;
        RecordComponent[] components = getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            try {
                if (Boolean.TRUE.equals(components[i].getAccessor().invoke(this))) {
                    bits |= 1 << i;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return bits;
    }
}
