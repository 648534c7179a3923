package sagas.runtime;

/** Where a step of a run is. */
public enum StepStatus {
    PENDING, COMPLETED, FAILED, TIMED_OUT, COMPENSATED, COMPENSATION_FAILED
}
