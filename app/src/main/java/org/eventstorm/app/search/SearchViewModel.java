package org.eventstorm.app.search;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.model.navigate.BoardSearch;
import org.eventstorm.model.sticky.StickyId;

/**
 * Find on the board: the query, its hits in timeline order and which one is current. Each step flies the canvas to
 * the hit and selects it; every hit is lit while the search is open. Edits to the board search again.
 */
public final class SearchViewModel {
    private final CanvasViewModel canvas;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<BoardSearch.Hit> hits = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private boolean open;

    public SearchViewModel(CanvasViewModel canvas) {
        this.canvas = canvas;
        query.addListener((observable, was, now) -> {
            search();
            if (!hits.isEmpty()) {
                go(0);
            }
        });
        canvas.document().addListener(change -> {
            if (open) {
                StickyId at = current.get() >= 0 && current.get() < hits.size() ? hits.get(current.get()).id() : null;
                search();
                current.set(at == null ? -1 : indexOf(at));
            }
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<BoardSearch.Hit> hits() {
        return hits;
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    /** "3 of 12 · in Description", "No matches", or nothing before the first word. */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            if (query.get().isBlank()) {
                return "";
            }
            if (hits.isEmpty()) {
                return "No matches";
            }
            int at = current.get();
            if (at < 0) {
                return hits.size() + (hits.size() == 1 ? " match" : " matches");
            }
            BoardSearch.Hit hit = hits.get(at);
            return (at + 1) + " of " + hits.size() + (hit.inName() ? "" : " \u00B7 in " + hit.where());
        }, query, hits, current);
    }

    /** The search bar opened: hits are lit again. */
    public void open() {
        open = true;
        search();
    }

    /** The search bar closed: the lit hits go dark, the current one stays selected. */
    public void close() {
        open = false;
        canvas.highlighted().clear();
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        if (hits.isEmpty()) {
            return;
        }
        int at = current.get() < 0 ? (by > 0 ? 0 : hits.size() - 1) : Math.floorMod(current.get() + by, hits.size());
        go(at);
    }

    private void go(int at) {
        current.set(at);
        canvas.flyTo(hits.get(at).id());
    }

    private void search() {
        List<BoardSearch.Hit> found = BoardSearch.find(canvas.board(), query.get());
        found.removeIf(hit -> canvas.kindFilter().isHidden(hit.id().kind()));
        current.set(-1);
        hits.setAll(found);
        canvas.highlighted().clear();
        if (open) {
            found.forEach(hit -> canvas.highlighted().add(hit.id()));
        }
    }

    private int indexOf(StickyId id) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
