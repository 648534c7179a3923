package org.eventstorm.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eventstorm.app.cli.report.JsonReport;
import org.eventstorm.app.cli.report.ReportFormat;
import org.eventstorm.app.cli.report.SarifReport;
import org.eventstorm.app.cli.report.TextReport;
import org.eventstorm.app.cli.report.ValidationReport;
import org.eventstorm.app.text.Counted;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.validate.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code eventstorm validate BOARD [--format text|json|sarif] [--fail-on error|warning|never] [--level LEVEL] [--today YYYY-MM-DD]}. Exits 0 when clean,
 * 1 when a finding is at the fail level, 2 when the board cannot be read or a file in it is malformed.
 */
@Command(name = "validate", description = "Check a board: open hotspots, gaps in the flow, naming, references.",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, SARIF }

    enum FailOn { ERROR, WARNING, NEVER }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOARD", description = "The board: its folder, its board.yaml, or a .storm file.")
    Path board;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "text: path:line: severity rule-id: message; json: described by schemas/validate-report.schema.json in the jar; sarif: SARIF 2.1.0.",
            converter = FormatConverter.class)
    Format format;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe; never: always exit 0 (default: error).", converter = FailOnConverter.class)
    FailOn failOn;

    @Option(names = "--level", paramLabel = "big-picture|process|design", converter = LevelConverter.class,
            description = "Check at this level rather than the one board.yaml gives: big-picture checks names and hotspots,"
                    + " process adds the flow, design adds schemas, sagas and versions.")
    Level level;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "Check sunset dates as of this day rather than the machine's (for CI runs that must not change with the date).")
    LocalDate today;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Optional<BoardArgument> argument = BoardArgument.of(board, err);
        if (argument.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        try (BoardArgument given = argument.get()) {
            Optional<LoadedBoard> read = given.read(err);
            return read.isEmpty() ? ExitCodes.BAD_INPUT : report(given.shownAs(), read.get(), out, err);
        }
    }

    private int report(Path shownAs, LoadedBoard loaded, PrintWriter out, PrintWriter err) {
        Clock clock = today == null ? Clock.systemDefaultZone() : Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        ValidationReport report = ValidationReport.of(shownAs, loaded, clock, Optional.ofNullable(level));
        ReportFormat writer = switch (format) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport();
        };
        writer.write(report, out);
        out.flush();
        if (format == Format.TEXT) {
            err.println(Counted.of(report.findings().size(), "finding") + " (" + Counted.of(report.count(Severity.ERROR), "error") + ", "
                    + Counted.of(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFO) + " info) in "
                    + Counted.of(report.stickies(), "sticky", "stickies"));
        }
        if (report.hasFileErrors()) {
            return ExitCodes.BAD_INPUT;
        }
        return switch (failOn) {
            case NEVER -> ExitCodes.OK;
            case ERROR -> report.failsAt(Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
            case WARNING -> report.failsAt(Severity.WARNING) ? ExitCodes.FINDINGS : ExitCodes.OK;
        };
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Choices.of(Format.class, value);
        }
    }

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return Choices.of(FailOn.class, value);
        }
    }

    /** A level as board.yaml writes it, or a message listing them. */
    static final class LevelConverter implements CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Level.fromWord(value.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a level; use big-picture, process or design"));
        }
    }

    /** A day as YYYY-MM-DD, or a message that says so with an example. */
    static final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a day; write it as YYYY-MM-DD, for example 2026-12-06");
            }
        }
    }
}
