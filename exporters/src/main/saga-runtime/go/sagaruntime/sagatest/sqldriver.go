// The SQL database of the saga code's tests: the same in every export, written by hand, not generated.

package sagatest

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"eventstorm.local/sagas/sagaruntime"
)

// Go's standard library has database/sql but no database, and a test must not fetch one. So the SQL store's tests
// run on this driver: a table in memory that understands the DDL the export writes (the columns it declares) and the
// statements SQLStateStore sends (a select, an update and an insert by saga_id), and refuses a column the table does
// not declare, a NULL where the DDL says NOT NULL and a second row with the same primary key. With a real database,
// use its driver and the same sql/*.sql.
const driverName = "sagatest-memory"

var (
	registered sync.Once
	databases  sync.Map
	opened     atomic.Int64
)

// SQLStores gives each scenario a fresh store for sagaName, keeping its runs in table of a database of its own, the
// table made by ../sql/<table>.sql.
func SQLStores(table, sagaName string) func(t *testing.T) sagaruntime.StateStore {
	registered.Do(func() { sql.Register(driverName, memoryDriver{}) })
	return func(t *testing.T) sagaruntime.StateStore {
		t.Helper()
		ddl, err := os.ReadFile(filepath.Join("..", "sql", table+".sql"))
		if err != nil {
			t.Fatalf("the table's DDL: %v (export the saga code again)", err)
		}
		db, err := sql.Open(driverName, fmt.Sprintf("db-%d", opened.Add(1)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = db.Close() })
		for _, statement := range statements(string(ddl)) {
			if _, err := db.Exec(statement); err != nil {
				t.Fatalf("sql/%s.sql: %v", table, err)
			}
		}
		store, err := sagaruntime.NewSQLStateStore(db, table, sagaName, nil)
		if err != nil {
			t.Fatal(err)
		}
		return store
	}
}

// statements splits a DDL file at the semicolons that end its lines, leaving out its comments.
func statements(ddl string) []string {
	var kept []string
	for _, line := range strings.Split(ddl, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "--") {
			kept = append(kept, line)
		}
	}
	var result []string
	for _, statement := range strings.Split(strings.Join(kept, "\n"), ";\n") {
		if statement = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(statement), ";")); statement != "" {
			result = append(result, statement)
		}
	}
	return result
}

type column struct {
	name    string
	notNull bool
	primary bool
}

type table struct {
	columns []column
	rows    map[string]map[string]driver.Value
}

func (t *table) column(name string) (column, error) {
	for _, c := range t.columns {
		if c.name == name {
			return c, nil
		}
	}
	return column{}, fmt.Errorf("the table has no column %s", name)
}

type database struct {
	mu     sync.Mutex
	tables map[string]*table
}

type memoryDriver struct{}

func (memoryDriver) Open(name string) (driver.Conn, error) {
	db, _ := databases.LoadOrStore(name, &database{tables: map[string]*table{}})
	return conn{db.(*database)}, nil
}

type conn struct{ db *database }

func (c conn) Prepare(query string) (driver.Stmt, error) {
	return stmt{c.db, strings.TrimSpace(query)}, nil
}
func (conn) Close() error { return nil }
func (conn) Begin() (driver.Tx, error) {
	return nil, errors.New("transactions are not needed by the store")
}

var (
	createTable = regexp.MustCompile(`(?s)^CREATE TABLE (\w+) \((.*)\)$`)
	createIndex = regexp.MustCompile(`^CREATE INDEX \w+ ON (\w+) \(([\w, ]+)\)$`)
	selectRow   = regexp.MustCompile(`^SELECT (\w+) FROM (\w+) WHERE (\w+) = \?$`)
	updateRow   = regexp.MustCompile(`^UPDATE (\w+) SET ((?:\w+ = \?, )*\w+ = \?) WHERE (\w+) = \?$`)
	insertRow   = regexp.MustCompile(`^INSERT INTO (\w+) \(([\w, ]+)\) VALUES \(((?:\?, )*\?)\)$`)
)

type stmt struct {
	db    *database
	query string
}

func (stmt) Close() error  { return nil }
func (stmt) NumInput() int { return -1 }

func (s stmt) Exec(args []driver.Value) (driver.Result, error) {
	s.db.mu.Lock()
	defer s.db.mu.Unlock()
	if m := createTable.FindStringSubmatch(s.query); m != nil {
		t := &table{rows: map[string]map[string]driver.Value{}}
		for _, line := range strings.Split(m[2], "\n") {
			words := strings.Fields(strings.TrimSuffix(strings.TrimSpace(line), ","))
			if len(words) > 1 {
				upper := strings.ToUpper(line)
				t.columns = append(t.columns, column{words[0], strings.Contains(upper, "NOT NULL"), strings.Contains(upper, "PRIMARY KEY")})
			}
		}
		s.db.tables[m[1]] = t
		return driver.RowsAffected(0), nil
	}
	if m := createIndex.FindStringSubmatch(s.query); m != nil {
		t, err := s.table(m[1])
		for _, name := range strings.Split(m[2], ", ") {
			if err == nil {
				_, err = t.column(name)
			}
		}
		return driver.RowsAffected(0), err
	}
	if m := updateRow.FindStringSubmatch(s.query); m != nil {
		return s.update(m[1], strings.Split(m[2], ", "), m[3], args)
	}
	if m := insertRow.FindStringSubmatch(s.query); m != nil {
		return s.insert(m[1], strings.Split(m[2], ", "), args)
	}
	return nil, fmt.Errorf("the test database does not understand %q", s.query)
}

func (s stmt) table(name string) (*table, error) {
	t, ok := s.db.tables[name]
	if !ok {
		return nil, fmt.Errorf("no table %s: the DDL in sql/ makes it", name)
	}
	return t, nil
}

func (s stmt) key(t *table) (string, error) {
	for _, c := range t.columns {
		if c.primary {
			return c.name, nil
		}
	}
	return "", errors.New("the table has no primary key")
}

func (s stmt) update(name string, assignments []string, where string, args []driver.Value) (driver.Result, error) {
	t, err := s.table(name)
	if err != nil {
		return nil, err
	}
	if len(args) != len(assignments)+1 {
		return nil, fmt.Errorf("%d values for %d parameters", len(args), len(assignments)+1)
	}
	if key, err := s.key(t); err != nil || key != where {
		return nil, fmt.Errorf("the store must update by the primary key, not %s", where)
	}
	values := map[string]driver.Value{}
	for i, assignment := range assignments {
		c, err := t.column(strings.TrimSuffix(assignment, " = ?"))
		if err != nil {
			return nil, err
		}
		if c.notNull && args[i] == nil {
			return nil, fmt.Errorf("%s is NOT NULL", c.name)
		}
		values[c.name] = args[i]
	}
	row, ok := t.rows[fmt.Sprint(args[len(args)-1])]
	if !ok {
		return driver.RowsAffected(0), nil
	}
	for c, value := range values {
		row[c] = value
	}
	return driver.RowsAffected(1), nil
}

func (s stmt) insert(name string, columns []string, args []driver.Value) (driver.Result, error) {
	t, err := s.table(name)
	if err != nil {
		return nil, err
	}
	if len(args) != len(columns) {
		return nil, fmt.Errorf("%d values for %d columns", len(args), len(columns))
	}
	row := map[string]driver.Value{}
	for i, name := range columns {
		if _, err := t.column(name); err != nil {
			return nil, err
		}
		row[name] = args[i]
	}
	for _, c := range t.columns {
		if c.notNull && row[c.name] == nil {
			return nil, fmt.Errorf("%s is NOT NULL and the insert gives none", c.name)
		}
	}
	key, err := s.key(t)
	if err != nil {
		return nil, err
	}
	id := fmt.Sprint(row[key])
	if _, taken := t.rows[id]; taken {
		return nil, fmt.Errorf("a row with %s %s is there already", key, id)
	}
	t.rows[id] = row
	return driver.RowsAffected(1), nil
}

func (s stmt) Query(args []driver.Value) (driver.Rows, error) {
	s.db.mu.Lock()
	defer s.db.mu.Unlock()
	m := selectRow.FindStringSubmatch(s.query)
	if m == nil {
		return nil, fmt.Errorf("the test database does not understand %q", s.query)
	}
	t, err := s.table(m[2])
	if err != nil {
		return nil, err
	}
	for _, name := range []string{m[1], m[3]} {
		if _, err := t.column(name); err != nil {
			return nil, err
		}
	}
	var found [][]driver.Value
	for _, row := range t.rows {
		if len(args) == 1 && fmt.Sprint(row[m[3]]) == fmt.Sprint(args[0]) {
			found = append(found, []driver.Value{row[m[1]]})
		}
	}
	return &rows{column: m[1], values: found}, nil
}

type rows struct {
	column string
	values [][]driver.Value
}

func (r *rows) Columns() []string { return []string{r.column} }
func (r *rows) Close() error      { return nil }

func (r *rows) Next(dest []driver.Value) error {
	if len(r.values) == 0 {
		return io.EOF
	}
	copy(dest, r.values[0])
	r.values = r.values[1:]
	return nil
}
