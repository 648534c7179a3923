package org.eventstorm.model.validate;

/** Told when findings appear or go, on the thread that edited the board. */
@FunctionalInterface
public interface FindingsListener {

    void findingsChanged(FindingsChange change);
}
