package sagaruntime

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Runner runs a saga: wave after wave, the steps of a wave at once, each attempt of a step within its timeout and
// retried with its backoff; when a step gives up, the completed steps are compensated in the declared order (or the
// run stops, as the failure handling says). Every change of a run is saved to the state store, so a run that was
// interrupted resumes without repeating its completed steps and a run that has ended is not run again.
type Runner struct {
	definition    Definition
	commands      map[string]Handler
	compensations map[string]Handler
	store         StateStore
	settings      Settings
	mu            sync.Mutex
}

// NewRunner is the runner of a saga with each step's command and each compensable step's compensation, by step id.
func NewRunner(definition Definition, commands, compensations map[string]Handler, store StateStore, settings Settings) (*Runner, error) {
	for _, step := range definition.Steps {
		if commands[step.ID] == nil || step.Compensable && compensations[step.ID] == nil {
			return nil, fmt.Errorf("%s: no handler for step %s", definition.Name, step.ID)
		}
	}
	return &Runner{definition: definition, commands: commands, compensations: compensations, store: store, settings: settings}, nil
}

var errTimeout = errors.New("timed out")

// Execute runs the saga for its trigger event; a run that has ended is not run again, an interrupted one resumes.
func (r *Runner) Execute(ctx context.Context, event map[string]any) (Result, error) {
	sagaID, err := r.definition.SagaIDOf(event)
	if err != nil {
		return Result{}, err
	}
	state, found, err := r.store.Load(ctx, sagaID)
	if err != nil {
		return Result{}, err
	}
	if !found {
		state = NewState(r.definition, sagaID)
	}
	if state.Status != Running {
		return resultOf(state), nil
	}
	if err := r.store.Save(ctx, state); err != nil {
		return Result{}, err
	}
	for _, wave := range r.definition.Waves {
		failed, ok := r.runWave(ctx, wave, event, state)
		if ok {
			continue
		}
		compensate := r.definition.CompensateOnError
		if state.Steps[failed] == TimedOut {
			compensate = r.definition.CompensateOnTimeout
		}
		if compensate {
			r.compensate(ctx, event, state)
		} else {
			state.Status = Failed
		}
		return resultOf(state), r.store.Save(ctx, state)
	}
	state.Status = Completed
	return resultOf(state), r.store.Save(ctx, state)
}

// runWave runs the pending steps of a wave at once; it returns the first that gave up and false, or true.
func (r *Runner) runWave(ctx context.Context, wave []string, event map[string]any, state *State) (string, bool) {
	var pending []StepDefinition
	for _, id := range wave {
		if state.Steps[id] != Done {
			step, _ := r.definition.Step(id)
			pending = append(pending, step)
		}
	}
	done := make([]bool, len(pending))
	var wg sync.WaitGroup
	for i, step := range pending {
		wg.Add(1)
		go func(i int, step StepDefinition) {
			defer wg.Done()
			done[i] = r.runStep(ctx, step, event, state)
		}(i, step)
	}
	wg.Wait()
	for i, step := range pending {
		if !done[i] {
			return step.ID, false
		}
	}
	return "", true
}

// runStep tries a step up to its attempts, waiting longer each time as its backoff says; true when it completed.
func (r *Runner) runStep(ctx context.Context, step StepDefinition, event map[string]any, state *State) bool {
	for attempt := 1; ; attempt++ {
		output, err := r.call(ctx, step, r.commands[step.ID], r.request(state, step, "", event))
		r.mu.Lock()
		if err == nil {
			state.Complete(step.ID, output)
		} else if errors.Is(err, errTimeout) {
			state.Steps[step.ID] = TimedOut
			state.Errors = append(state.Errors, fmt.Sprintf("%s timed out after %d ms (attempt %d of %d)", step.ID, r.settings.Timeout(step).Milliseconds(), attempt, step.MaxAttempts))
		} else {
			state.Steps[step.ID] = StepFailed
			state.Errors = append(state.Errors, fmt.Sprintf("%s failed: %v (attempt %d of %d)", step.ID, err, attempt, step.MaxAttempts))
		}
		_ = r.store.Save(ctx, state)
		r.mu.Unlock()
		if err == nil {
			return true
		}
		if attempt >= step.MaxAttempts || ctx.Err() != nil {
			return false
		}
		r.settings.Sleep(step.Backoff.Delay(r.settings.BackoffBase, attempt))
	}
}

// compensate undoes the completed steps in the declared order, each compensation tried up to the saga's attempts.
func (r *Runner) compensate(ctx context.Context, event map[string]any, state *State) {
	var order []string
	if r.definition.CompensationOrder == nil {
		for i := len(state.Completed) - 1; i >= 0; i-- {
			order = append(order, state.Completed[i])
		}
	} else {
		for _, id := range r.definition.CompensationOrder {
			if contains(state.Completed, id) {
				order = append(order, id)
			}
		}
	}
	undone := true
	for _, id := range order {
		step, _ := r.definition.Step(id)
		if !step.Compensable {
			continue
		}
		compensated := false
		for attempt := 1; attempt <= r.definition.MaxCompensationAttempts && !compensated; attempt++ {
			if _, err := r.call(ctx, step, r.compensations[id], r.request(state, step, ":compensation", event)); err != nil {
				state.Errors = append(state.Errors, fmt.Sprintf("compensation of %s failed: %v (attempt %d)", id, err, attempt))
				if attempt < r.definition.MaxCompensationAttempts {
					r.settings.Sleep(step.Backoff.Delay(r.settings.BackoffBase, attempt))
				}
			} else {
				compensated = true
			}
		}
		if compensated {
			state.Steps[id] = Undone
		} else {
			state.Steps[id] = UndoFailed
			undone = false
		}
		_ = r.store.Save(ctx, state)
	}
	state.Status = Compensated
	if !undone {
		state.Status = Failed
	}
}

// request is what a handler is given; its idempotency key is the same every time this step (or its compensation) of
// this run is tried.
func (r *Runner) request(state *State, step StepDefinition, suffix string, event map[string]any) StepRequest {
	r.mu.Lock()
	defer r.mu.Unlock()
	outputs := map[string]map[string]any{}
	for done, output := range state.Outputs {
		outputs[done] = output
	}
	return StepRequest{SagaID: state.SagaID, Step: step.ID, IdempotencyKey: state.SagaID + ":" + step.ID + suffix, Event: event, Outputs: outputs}
}

// call sends a step's command (or its compensation) and waits at most the step's timeout for the answer.
func (r *Runner) call(parent context.Context, step StepDefinition, handler Handler, request StepRequest) (map[string]any, error) {
	ctx, cancel := context.WithTimeout(parent, r.settings.Timeout(step))
	defer cancel()
	type answer struct {
		output map[string]any
		err    error
	}
	answers := make(chan answer, 1)
	go func() {
		output, err := handler(ctx, request)
		answers <- answer{output, err}
	}()
	select {
	case got := <-answers:
		if got.output == nil {
			got.output = map[string]any{}
		}
		return got.output, got.err
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: %w", step.ID, errTimeout)
	}
}

func contains(ids []string, id string) bool {
	for _, candidate := range ids {
		if candidate == id {
			return true
		}
	}
	return false
}

func resultOf(state *State) Result {
	return Result{SagaID: state.SagaID, Status: state.Status, Errors: append([]string(nil), state.Errors...)}
}
