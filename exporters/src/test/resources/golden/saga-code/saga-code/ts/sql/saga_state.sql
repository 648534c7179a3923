-- The table the saga code's SQL state store keeps the runs of its sagas in (state_persistence: database).
-- Written by EventStorm Studio with the saga code; apply it with your migrations before the first run.
CREATE TABLE saga_state (
    saga_id    VARCHAR(512) NOT NULL PRIMARY KEY,
    saga_name  VARCHAR(255) NOT NULL,
    status     VARCHAR(32)  NOT NULL,
    state      TEXT         NOT NULL,
    updated_at TIMESTAMP    NOT NULL
);

CREATE INDEX saga_state_by_status ON saga_state (saga_name, status);
