// Package sagatest plays the test scenarios of EventStorm Studio's saga code: the same in every export, written by
// hand, not generated. A saga's generated test says what each scenario expects; this package checks it the same way
// for every saga.
package sagatest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"eventstorm.local/sagas/sagaruntime"
)

// Fast are settings that do not wait between attempts and give any step 100 ms: the scenarios run in a moment.
var Fast = sagaruntime.Settings{Sleep: func(time.Duration) {}, BackoffBase: 0, Timeout: func(sagaruntime.StepDefinition) time.Duration { return 100 * time.Millisecond }}

// Recorder plays the services: it records every call as service/command; the calls in failing fail, those in hanging
// answer only when their context ends.
type Recorder struct {
	mu      sync.Mutex
	calls   []string
	failing map[string]bool
	hanging map[string]bool
}

// NewRecorder is a recorder whose calls all succeed.
func NewRecorder() *Recorder {
	return &Recorder{failing: map[string]bool{}, hanging: map[string]bool{}}
}

// Answer is what a fake service answers to call.
func (r *Recorder) Answer(ctx context.Context, call string) (map[string]any, error) {
	r.mu.Lock()
	r.calls = append(r.calls, call)
	failing, hanging := r.failing[call], r.hanging[call]
	r.mu.Unlock()
	if hanging {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if failing {
		return nil, errors.New(call + " refused")
	}
	return map[string]any{"by": call}, nil
}

// Calls are the calls so far, in the order they came.
func (r *Recorder) Calls() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.calls...)
}

// Saga is the saga under test: what the generated saga's Execute does.
type Saga interface {
	Execute(ctx context.Context, event map[string]any) (sagaruntime.Result, error)
}

// Subject is the saga wired to fake services, and what every scenario of it shares. Ordered is true when no two steps
// run at once, so the order of the calls is fixed; Compensations are every compensation call the saga can make.
type Subject struct {
	Definition    sagaruntime.Definition
	Event         map[string]any
	Saga          func(recorder *Recorder, store sagaruntime.StateStore) Saga
	Ordered       bool
	Compensations []string
	where         string
	stores        func(t *testing.T) sagaruntime.StateStore
}

// KeptIn is the same subject with its runs kept in the stores that stores makes, one per scenario, which where names.
func (s Subject) KeptIn(where string, stores func(t *testing.T) sagaruntime.StateStore) Subject {
	s.where, s.stores = where, stores
	return s
}

// store is a fresh store for a scenario: in memory, or where KeptIn says.
func (s Subject) store(t *testing.T) sagaruntime.StateStore {
	if s.stores == nil {
		return sagaruntime.NewInMemoryStateStore()
	}
	return s.stores(t)
}

// Scenario is one of the feature spec's test scenarios for a saga, with what it expects.
type Scenario interface {
	name() string
	play(t *testing.T, subject Subject)
}

// Run runs each scenario as a subtest.
func (s Subject) Run(t *testing.T, scenarios ...Scenario) {
	for _, scenario := range scenarios {
		scenario := scenario
		name := scenario.name()
		if s.where != "" {
			name = s.where + ": " + name
		}
		t.Run(name, func(t *testing.T) { scenario.play(t, s) })
	}
}

// Completes: every step succeeds; these calls are made (in this order when the order is fixed), each pair in Before in
// that order.
type Completes struct {
	Calls  []string
	Before [][2]string
}

func (Completes) name() string { return "completes when every step succeeds" }

func (c Completes) play(t *testing.T, s Subject) {
	recorder := NewRecorder()
	result := execute(t, s.Saga(recorder, s.store(t)), s.Event)
	if result.Status != sagaruntime.Completed {
		t.Fatalf("status %s, want COMPLETED: %v", result.Status, result.Errors)
	}
	same(t, s.inOrder(recorder.Calls()), s.inOrder(c.Calls), "the calls")
	for _, pair := range c.Before {
		if index(recorder.Calls(), pair[0]) > index(recorder.Calls(), pair[1]) {
			t.Errorf("%s runs after %s, the step it depends on", pair[1], pair[0])
		}
	}
}

// Fails: Call (step Step) fails, or never answers when Timeout; it is tried Attempts times, the run ends Expected,
// these Compensations are made and none of NotCalled.
type Fails struct {
	Step          string
	Call          string
	Timeout       bool
	Expected      sagaruntime.Status
	Attempts      int
	Compensations []string
	NotCalled     []string
}

func (f Fails) name() string {
	if f.Timeout {
		return "handles a timeout in " + f.Step
	}
	if f.Expected == sagaruntime.Compensated {
		return "compensates after a failure of " + f.Step
	}
	return "stops after a failure of " + f.Step
}

func (f Fails) play(t *testing.T, s Subject) {
	recorder := NewRecorder()
	if f.Timeout {
		recorder.hanging[f.Call] = true
	} else {
		recorder.failing[f.Call] = true
	}
	result := execute(t, s.Saga(recorder, s.store(t)), s.Event)
	if result.Status != f.Expected {
		t.Fatalf("status %s, want %s: %v", result.Status, f.Expected, result.Errors)
	}
	tries := 0
	var made []string
	for _, call := range recorder.Calls() {
		if call == f.Call {
			tries++
		}
		if index(s.Compensations, call) >= 0 {
			made = append(made, call)
		}
	}
	if tries != f.Attempts {
		t.Errorf("tried %d times, want %d: as often as its retry allows", tries, f.Attempts)
	}
	if f.Timeout && !mentions(result.Errors, "timed out") {
		t.Errorf("no error says it timed out: %v", result.Errors)
	}
	same(t, s.inOrder(made), s.inOrder(f.Compensations), "the completed steps are undone in the declared order")
	for _, later := range f.NotCalled {
		if index(recorder.Calls(), later) >= 0 {
			t.Errorf("%s: no later step runs", later)
		}
	}
}

// Repeats: the same event again; the run that ended is its answer and no service is called. A different event
// (every key changed) is a run of its own that calls every step again.
type Repeats struct{}

func (Repeats) name() string {
	return "a repeated event does not run the saga again, a different one does"
}

func (Repeats) play(t *testing.T, s Subject) {
	recorder := NewRecorder()
	saga := s.Saga(recorder, s.store(t))
	first := execute(t, saga, s.Event)
	calls := len(recorder.Calls())
	if again := execute(t, saga, s.Event); !reflect.DeepEqual(first, again) {
		t.Errorf("again %v, want %v", again, first)
	}
	if len(recorder.Calls()) != calls {
		t.Errorf("%d calls, want %d: no service is called again", len(recorder.Calls()), calls)
	}
	other := map[string]any{}
	for key, value := range s.Event {
		other[key] = fmt.Sprint(value) + "-other"
	}
	second := execute(t, saga, other)
	if second.Status != sagaruntime.Completed {
		t.Errorf("a different event ended %s, want COMPLETED: %v", second.Status, second.Errors)
	}
	if second.SagaID == first.SagaID {
		t.Errorf("a different event is a run of its own, got the run %s again", first.SagaID)
	}
	if len(recorder.Calls()) != 2*calls {
		t.Errorf("%d calls, want %d: a different event runs every step again", len(recorder.Calls()), 2*calls)
	}
}

// Unkeyed: an event without the key fields that name its run is refused, and no service is called.
type Unkeyed struct{}

func (Unkeyed) name() string { return "an event without its key fields is refused" }

func (Unkeyed) play(t *testing.T, s Subject) {
	recorder := NewRecorder()
	_, err := s.Saga(recorder, s.store(t)).Execute(context.Background(), map[string]any{})
	if err == nil || !strings.HasPrefix(err.Error(), "the event has no ") {
		t.Errorf("got %v, want an error that the event has no key", err)
	}
	if len(recorder.Calls()) != 0 {
		t.Errorf("%v: no service is called", recorder.Calls())
	}
}

// Resumes: a run whose step Step completed before it was interrupted; Call is not sent again, Calls others are.
type Resumes struct {
	Step  string
	Call  string
	Calls int
}

func (Resumes) name() string {
	return "an interrupted run resumes without repeating its completed steps"
}

func (r Resumes) play(t *testing.T, s Subject) {
	recorder := NewRecorder()
	store := s.store(t)
	sagaID, err := s.Definition.SagaIDOf(s.Event)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Save(context.Background(), sagaruntime.NewState(s.Definition, sagaID).Complete(r.Step, map[string]any{"by": "an earlier run"})); err != nil {
		t.Fatal(err)
	}
	result := execute(t, s.Saga(recorder, store), s.Event)
	if result.Status != sagaruntime.Completed {
		t.Fatalf("status %s, want COMPLETED: %v", result.Status, result.Errors)
	}
	if index(recorder.Calls(), r.Call) >= 0 {
		t.Errorf("%s: the completed step is sent again", r.Call)
	}
	if len(recorder.Calls()) != r.Calls {
		t.Errorf("%d calls, want %d", len(recorder.Calls()), r.Calls)
	}
}

// OwnRuns: a saga that is not idempotent gives each event a run of its own.
type OwnRuns struct{}

func (OwnRuns) name() string { return "each event starts a run of its own" }

func (OwnRuns) play(t *testing.T, s Subject) {
	first, _ := s.Definition.SagaIDOf(s.Event)
	second, _ := s.Definition.SagaIDOf(s.Event)
	if first == second {
		t.Errorf("one run %s for two events: the saga is not idempotent", first)
	}
}

func execute(t *testing.T, saga Saga, event map[string]any) sagaruntime.Result {
	t.Helper()
	result, err := saga.Execute(context.Background(), event)
	if err != nil {
		t.Fatal(err)
	}
	return result
}

func (s Subject) inOrder(calls []string) []string {
	sorted := append([]string{}, calls...)
	if !s.Ordered {
		sort.Strings(sorted)
	}
	return sorted
}

func same(t *testing.T, got, want []string, what string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: got %q, want %q", what, got, want)
	}
}

func index(calls []string, call string) int {
	for i, candidate := range calls {
		if candidate == call {
			return i
		}
	}
	return -1
}

func mentions(errors []string, text string) bool {
	for _, line := range errors {
		if strings.Contains(line, text) {
			return true
		}
	}
	return false
}
