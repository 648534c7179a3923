// The SQL state store of EventStorm Studio's saga code: the same in every export, written by hand, not generated.

package sagaruntime

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"time"
)

var plainName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,55}$`)

// stored is a run's state as the row's state column holds it.
type stored struct {
	Status    Status                    `json:"status"`
	Steps     map[string]StepStatus     `json:"steps"`
	Outputs   map[string]map[string]any `json:"outputs"`
	Completed []string                  `json:"completed"`
	Errors    []string                  `json:"errors"`
}

// SQLStateStore keeps runs in a SQL database through database/sql: one row per run in the table the saga's
// state_persistence names (the export writes its DDL to sql/). The run's step statuses, outputs and errors are one
// JSON document in the row's state column; its status is a column of its own, for queries. The statements are plain
// SQL (an update, else an insert), so any database/sql driver will do.
type SQLStateStore struct {
	db                     *sql.DB
	sagaName               string
	selectSQL, update, add string
}

// NewSQLStateStore keeps the runs of the saga sagaName in table of db. placeholder gives the driver's parameter for
// the n-th value, from 1; nil means "?" (pass func(n int) string { return fmt.Sprintf("$%d", n) } for PostgreSQL).
func NewSQLStateStore(db *sql.DB, table, sagaName string, placeholder func(n int) string) (*SQLStateStore, error) {
	if !plainName.MatchString(table) {
		return nil, fmt.Errorf("%q is not a table name the store can use: letters, digits and underscores only", table)
	}
	p := placeholder
	if p == nil {
		p = func(int) string { return "?" }
	}
	return &SQLStateStore{
		db:        db,
		sagaName:  sagaName,
		selectSQL: "SELECT state FROM " + table + " WHERE saga_id = " + p(1),
		update:    "UPDATE " + table + " SET status = " + p(1) + ", state = " + p(2) + ", updated_at = " + p(3) + " WHERE saga_id = " + p(4),
		add: "INSERT INTO " + table + " (saga_id, saga_name, status, state, updated_at) VALUES (" + p(1) + ", " + p(2) + ", " + p(3) + ", " +
			p(4) + ", " + p(5) + ")",
	}, nil
}

// Load reads the run, if the table has it.
func (s *SQLStateStore) Load(ctx context.Context, sagaID string) (*State, bool, error) {
	var text string
	err := s.db.QueryRowContext(ctx, s.selectSQL, sagaID).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("the saga state store could not read run %s: %w", sagaID, err)
	}
	var row stored
	if err := json.Unmarshal([]byte(text), &row); err != nil {
		return nil, false, fmt.Errorf("the saga state store holds run %s in a form it cannot read: %w", sagaID, err)
	}
	state := &State{SagaID: sagaID, Status: row.Status, Steps: row.Steps, Outputs: row.Outputs, Completed: row.Completed, Errors: row.Errors}
	if state.Steps == nil {
		state.Steps = map[string]StepStatus{}
	}
	if state.Outputs == nil {
		state.Outputs = map[string]map[string]any{}
	}
	return state, true, nil
}

// Save writes the run: an update of its row, else a new row.
func (s *SQLStateStore) Save(ctx context.Context, state *State) error {
	text, err := json.Marshal(stored{Status: state.Status, Steps: state.Steps, Outputs: state.Outputs, Completed: state.Completed, Errors: state.Errors})
	if err != nil {
		return fmt.Errorf("run %s has a step output that is not JSON: %w", state.SagaID, err)
	}
	now := time.Now().UTC()
	updated, err := s.updated(ctx, state, string(text), now)
	if err != nil || updated {
		return err
	}
	if _, err := s.db.ExecContext(ctx, s.add, state.SagaID, s.sagaName, string(state.Status), string(text), now); err != nil {
		// Another process inserted the run first: the row is there now, so update it.
		if again, retry := s.updated(ctx, state, string(text), now); retry != nil || !again {
			return fmt.Errorf("the saga state store could not save run %s: %w", state.SagaID, err)
		}
	}
	return nil
}

func (s *SQLStateStore) updated(ctx context.Context, state *State, text string, now time.Time) (bool, error) {
	result, err := s.db.ExecContext(ctx, s.update, string(state.Status), text, now, state.SagaID)
	if err != nil {
		return false, fmt.Errorf("the saga state store could not save run %s: %w", state.SagaID, err)
	}
	rows, err := result.RowsAffected()
	return rows > 0, err
}
