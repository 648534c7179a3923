package org.eventstorm.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.eventstorm.app.about.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code eventstorm}: the command line. Exit codes: 0 ok, 1 findings or changes, 2 bad input. */
@Command(name = "eventstorm",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "EventStorm Studio: Event Storming boards as plain-text spec folders.",
        subcommands = {OpenCommand.class, NewCommand.class, FmtCommand.class, ValidateCommand.class, ExportCommand.class,
                PackCommand.class, UnpackCommand.class, ServeCommand.class},
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        exitCodeOnExecutionException = ExitCodes.BAD_INPUT)
public final class EventStormCommand implements Runnable {
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

    /**
     * Whether {@code word} names a subcommand ({@code validate}, {@code pack} ...). Only a word of letters can: a path
     * such as the desktop passes is answered without reading the commands' annotations (85 ms of a start).
     */
    public static boolean isCommand(String word) {
        return word.chars().allMatch(Character::isLetter) && Arrays.stream(EventStormCommand.class.getAnnotation(Command.class).subcommands()).anyMatch(
                command -> command.getAnnotation(Command.class).name().equals(word));
    }

    /** Runs the command line with {@code args} on standard output and error; returns the exit code. */
    public static int run(String[] args, DesktopApp desktop) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), desktop);
    }

    /** Runs the command line with the given streams (tests use this); returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, DesktopApp desktop) {
        CommandLine commandLine = new CommandLine(new EventStormCommand(desktop));
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
