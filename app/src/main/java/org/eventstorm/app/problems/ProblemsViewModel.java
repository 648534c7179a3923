package org.eventstorm.app.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.text.Counted;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.file.Problem;
import org.eventstorm.model.validate.Advice;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Severity;

/** The problems of the open board, fed live by the validator: files that could not be read first, then findings by severity. */
public final class ProblemsViewModel {
    private final BoardDocument document;
    private final CanvasViewModel canvas;
    private final Consumer<DefinitionId> showDefinition;
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");

    /**
     * @param showDefinition shows a saga or strategy file a finding is about (the window opens its panel)
     */
    public ProblemsViewModel(BoardDocument document, CanvasViewModel canvas,
            Consumer<DefinitionId> showDefinition) {
        this.document = document;
        this.canvas = canvas;
        this.showDefinition = showDefinition;
        document.findings().addListener(this::findingsChanged);
        document.fileProblems().addListener((ListChangeListener<Problem>) change -> refresh());
        refresh();
    }

    public ObservableList<ProblemRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Shows what a row is about: flies to its sticky and selects it, or opens its saga or strategy. */
    public void open(ProblemRow row) {
        if (row.finding() != null && row.finding().sticky() != null && document.board().contains(row.finding().sticky())) {
            canvas.flyTo(row.finding().sticky(), row.finding().field());
        } else if (row.finding() != null && row.finding().definition() != null) {
            showDefinition.accept(row.finding().definition());
        }
    }

    /** Applies a fix as one undoable edit. */
    public void apply(Fix fix) {
        if (canvas.apply(fix.edit()).isApplied()) {
            canvas.notices().info(fix.label() + " \u2014 undo with Ctrl+Z");
        }
    }

    /** The message and fixes of a line being shown, with advice that depends on the rest of the board. */
    public ProblemRow.Described describe(ProblemRow row) {
        if (row.finding() == null) {
            return new ProblemRow.Described(row.message(), List.of());
        }
        String message = document.validator().adviceFor(row.finding()).map(Advice::text).map(advice -> row.message() + "; " + advice).orElse(row.message());
        return new ProblemRow.Described(message, document.validator().fixesFor(row.finding()));
    }

    /** The rows in the panel's order: files that could not be read first, then by severity, then as the validator orders findings. */
    private static final Comparator<ProblemRow> ROW_ORDER = Comparator.comparing((ProblemRow row) -> row.fileProblem() == null).thenComparing(
            ProblemRow::severity).thenComparing(ProblemRow::finding, Comparator.nullsFirst(Finding.ORDER));

    private void refresh() {
        List<ProblemRow> list = new ArrayList<>();
        for (Problem problem : document.fileProblems()) {
            Severity severity = switch (problem.severity()) {
                case ERROR -> Severity.ERROR;
                case WARNING -> Severity.WARNING;
                case INFO -> Severity.INFO;
            };
            list.add(new ProblemRow(severity, problem.sentence(),
                    problem.path() + (problem.line() > 0 ? ":" + problem.line() : ""), null, problem));
        }
        document.findings().forEach(finding -> list.add(row(finding)));
        list.sort(ROW_ORDER);
        rows.setAll(list);
        summarize();
    }

    /** Beyond this many findings gone or come at once (a settings edit re-checks every sticky) the rows are built anew. */
    private static final int ROWS_CHANGED_ONE_BY_ONE = 32;

    /** Only the rows of the findings that went and came change: the panel keeps its other rows, their selection and scroll. */
    private void findingsChanged(ListChangeListener.Change<? extends Finding> change) {
        int changed = 0;
        while (change.next()) {
            changed += change.getRemovedSize() + change.getAddedSize();
        }
        if (changed > ROWS_CHANGED_ONE_BY_ONE) {
            refresh();
            return;
        }
        change.reset();
        while (change.next()) {
            for (Finding gone : change.getRemoved()) {
                for (int i = 0; i < rows.size(); i++) {
                    if (gone.equals(rows.get(i).finding())) {
                        rows.remove(i);
                        break;
                    }
                }
            }
            for (Finding added : change.getAddedSubList()) {
                ProblemRow row = row(added);
                int at = Collections.binarySearch(rows, row, ROW_ORDER);
                rows.add(at < 0 ? -at - 1 : at, row);
            }
        }
        summarize();
    }

    private ProblemRow row(Finding finding) {
        String where = finding.stickyId().map(id -> id.fileName() + finding.fieldOf().map(field -> ":" + document.lineOf(id, field)).orElse("")).or(
                () -> finding.definitionId().map(id -> id.path() + ":" + document.lineOf(id, finding.pointer()))).orElse("board.yaml");
        return new ProblemRow(finding.severity(), finding.message(), where, finding, null);
    }

    private void summarize() {
        long errors = rows.stream().filter(row -> row.severity() == Severity.ERROR).count();
        long warnings = rows.stream().filter(row -> row.severity() == Severity.WARNING).count();
        long infos = rows.size() - errors - warnings;
        summary.set(rows.isEmpty() ? "No problems" : Counted.of(errors, "error") + ", " + Counted.of(warnings, "warning") + ", " + infos + " info");
    }
}
