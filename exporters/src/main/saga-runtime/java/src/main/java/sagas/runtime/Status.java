package sagas.runtime;

/** Where a run is: running, completed, undone by compensation, or failed (stopped, or a compensation failed). */
public enum Status {
    RUNNING, COMPLETED, COMPENSATED, FAILED
}
