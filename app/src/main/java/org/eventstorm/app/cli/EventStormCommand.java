package org.eventstorm.app.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventstorm.app.about.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code eventstorm}: the command line. Exit codes: 0 ok, 1 findings or changes, 2 bad input. */
@Command(name = "eventstorm",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "EventStorm Studio: Event Storming boards as plain-text spec folders.",
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        exitCodeOnExecutionException = ExitCodes.BAD_INPUT)
public final class EventStormCommand implements Runnable {
    /**
     * The subcommands by name, in the order the usage lists them. A run that names one builds only that one: picocli
     * reads a command's annotations when it is added, a cost every cold start of the command line would pay eight times.
     */
    private static final Map<String, Class<?>> COMMANDS = commands(OpenCommand.class, NewCommand.class, FmtCommand.class, ValidateCommand.class,
            ExportCommand.class, ImportCommand.class, PackCommand.class, UnpackCommand.class, ServeCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final DesktopApp desktop;

    private EventStormCommand(DesktopApp desktop) {
        this.desktop = desktop;
    }

    /** What {@code open} starts. */
    DesktopApp desktop() {
        return desktop;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether {@code word} names a subcommand ({@code validate}, {@code pack} ...), answered without reading any annotation. */
    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word);
    }

    /** The subcommands' classes by name. */
    public static Map<String, Class<?>> commands() {
        return COMMANDS;
    }

    private static Map<String, Class<?>> commands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            String name = command.getSimpleName().replaceFirst("Command$", "").toLowerCase(Locale.ROOT);
            byName.put(name, command);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Runs the command line with {@code args} on standard output and error; returns the exit code. */
    public static int run(String[] args, DesktopApp desktop) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), desktop);
    }

    /** Runs the command line with the given streams (tests use this); returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, DesktopApp desktop) {
        CommandLine commandLine = new CommandLine(new EventStormCommand(desktop));
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        for (Class<?> command : named != null ? List.<Class<?>>of(named) : COMMANDS.values()) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
            return ExitCodes.BAD_INPUT;
        });
        // One line for a bad argument, naming what is wrong and what would be right; the usage is one --help away.
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine line = exception.getCommandLine();
            line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + ParameterMessages.of(exception)
                    + " (see " + line.getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.BAD_INPUT;
        });
        return commandLine.execute(args);
    }
}
