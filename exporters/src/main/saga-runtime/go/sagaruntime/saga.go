// Package sagaruntime runs the sagas of EventStorm Studio's saga code: the same in every export, written by hand, not
// generated. Each saga's package declares its Definition and wires its services to a Runner.
package sagaruntime

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Backoff is how the wait between attempts grows.
type Backoff int

// The backoffs: the base once, times the attempt, or doubling.
const (
	Fixed Backoff = iota
	Linear
	Exponential
)

// Delay is the wait after attempt (1 for the first) failed.
func (b Backoff) Delay(base time.Duration, attempt int) time.Duration {
	switch b {
	case Linear:
		return base * time.Duration(attempt)
	case Exponential:
		if attempt > 21 {
			attempt = 21
		}
		return base << uint(attempt-1)
	}
	return base
}

// Status is where a run is.
type Status string

// The statuses of a run: running, completed, undone by compensation, or failed (stopped, or a compensation failed).
const (
	Running     Status = "RUNNING"
	Completed   Status = "COMPLETED"
	Compensated Status = "COMPENSATED"
	Failed      Status = "FAILED"
)

// StepStatus is where a step of a run is.
type StepStatus string

// The statuses of a step.
const (
	Pending    StepStatus = "PENDING"
	Done       StepStatus = "COMPLETED"
	StepFailed StepStatus = "FAILED"
	TimedOut   StepStatus = "TIMED_OUT"
	Undone     StepStatus = "COMPENSATED"
	UndoFailed StepStatus = "COMPENSATION_FAILED"
)

// StepDefinition is a step as the saga definition declares it: its timeout, how often it is tried, how the wait grows,
// whether it can be undone.
type StepDefinition struct {
	ID          string
	Timeout     time.Duration
	MaxAttempts int
	Backoff     Backoff
	Compensable bool
}

// Definition is a saga as its definition declares it: the steps, the waves they run in (the steps of a wave at once),
// the order of compensation (nil: reverse order of completion) and what a failure does. KeyFields name a run when the
// saga is idempotent (none: the event's "id").
type Definition struct {
	Name                    string
	Steps                   []StepDefinition
	Waves                   [][]string
	CompensationOrder       []string
	CompensateOnTimeout     bool
	CompensateOnError       bool
	MaxCompensationAttempts int
	Idempotent              bool
	KeyFields               []string
}

// Step is the step with this id.
func (d Definition) Step(id string) (StepDefinition, bool) {
	for _, step := range d.Steps {
		if step.ID == id {
			return step, true
		}
	}
	return StepDefinition{}, false
}

// SagaIDOf is the run an event belongs to. An idempotent saga names it by the saga and the key fields' values,
// name:value1:value2, so the same event always finds the same run; an event without one of those fields is refused
// rather than sharing a run with every other such event. A saga that is not idempotent gives every event a run of its
// own, name:<random UUID>.
func (d Definition) SagaIDOf(event map[string]any) (string, error) {
	if !d.Idempotent {
		return d.Name + ":" + randomUUID(), nil
	}
	keys := d.KeyFields
	if len(keys) == 0 {
		keys = []string{"id"}
	}
	parts := []string{d.Name}
	for _, key := range keys {
		value, ok := event[key]
		if !ok || value == nil {
			return "", fmt.Errorf("the event has no %s: %s runs once per %s, so its trigger event must carry it", key, d.Name, strings.Join(keys, ", "))
		}
		parts = append(parts, fmt.Sprint(value))
	}
	return strings.Join(parts, ":"), nil
}

func randomUUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// StepRequest is what a step's handler is given: the run, the step, a key that is the same every time this step of
// this run is tried (so the service can ignore a repeat), the trigger event and what the completed steps returned.
type StepRequest struct {
	SagaID         string
	Step           string
	IdempotencyKey string
	Event          map[string]any
	Outputs        map[string]map[string]any
}

// Handler sends a step's command, or its compensation, to the service that does it.
type Handler func(ctx context.Context, request StepRequest) (map[string]any, error)

// State is one run of a saga: its status, each step's status and output, the steps completed in order, the errors.
type State struct {
	SagaID    string
	Status    Status
	Steps     map[string]StepStatus
	Outputs   map[string]map[string]any
	Completed []string
	Errors    []string
}

// NewState is a fresh run: every step pending.
func NewState(definition Definition, sagaID string) *State {
	state := &State{SagaID: sagaID, Status: Running, Steps: map[string]StepStatus{}, Outputs: map[string]map[string]any{}}
	for _, step := range definition.Steps {
		state.Steps[step.ID] = Pending
	}
	return state
}

// Complete records that a step completed with its output; a store that resumes a run restores its steps this way.
func (s *State) Complete(step string, output map[string]any) *State {
	if output == nil {
		output = map[string]any{}
	}
	s.Steps[step] = Done
	s.Outputs[step] = output
	s.Completed = append(s.Completed, step)
	return s
}

func (s *State) copy() *State {
	copied := &State{SagaID: s.SagaID, Status: s.Status, Steps: map[string]StepStatus{}, Outputs: map[string]map[string]any{}}
	for id, status := range s.Steps {
		copied.Steps[id] = status
	}
	for id, output := range s.Outputs {
		copied.Outputs[id] = output
	}
	copied.Completed = append([]string(nil), s.Completed...)
	copied.Errors = append([]string(nil), s.Errors...)
	return copied
}

// StateStore keeps the saga's runs, so an interrupted run resumes and a repeated event is recognised.
type StateStore interface {
	Load(ctx context.Context, sagaID string) (*State, bool, error)
	Save(ctx context.Context, state *State) error
}

// InMemoryStateStore keeps runs in memory: for tests, and for sagas that need not outlive the process.
type InMemoryStateStore struct {
	mu     sync.Mutex
	states map[string]*State
}

// NewInMemoryStateStore is an empty in-memory store.
func NewInMemoryStateStore() *InMemoryStateStore {
	return &InMemoryStateStore{states: map[string]*State{}}
}

// Load returns a copy of the run, if the store has it.
func (m *InMemoryStateStore) Load(_ context.Context, sagaID string) (*State, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	state, ok := m.states[sagaID]
	if !ok {
		return nil, false, nil
	}
	return state.copy(), true, nil
}

// Save keeps a copy of the run.
func (m *InMemoryStateStore) Save(_ context.Context, state *State) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.states[state.SagaID] = state.copy()
	return nil
}

// Result is how a run ended.
type Result struct {
	SagaID string
	Status Status
	Errors []string
}

// Settings are how long a step may take, the first wait between attempts, and how to wait.
type Settings struct {
	Sleep       func(time.Duration)
	BackoffBase time.Duration
	Timeout     func(StepDefinition) time.Duration
}

// DefaultSettings waits for real, 200 ms at first, and gives each step its declared timeout.
func DefaultSettings() Settings {
	return Settings{Sleep: time.Sleep, BackoffBase: 200 * time.Millisecond, Timeout: func(step StepDefinition) time.Duration { return step.Timeout }}
}
