package ru.karta.common;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * The {@code permissions} of a view: what this caller may do with the object now, one boolean per action. The SPA
 * shows actions only from these. They are part of the ETag, so two callers who may do different things never share a
 * cached answer, and an answer goes stale when the permissions change.
 */
public interface Permissions {

    /** The accessors of each permissions record, looked up once per class. */
    ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    /** The actions as bits, in the order of the record's components. */
    default int bits() {
        Method[] accessors = ACCESSORS.get(getClass());
        int bits = 0;
        for (int i = 0; i < accessors.length; i++) {
            try {
                if (Boolean.TRUE.equals(accessors[i].invoke(this))) {
                    bits |= 1 << i;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return bits;
    }
}
