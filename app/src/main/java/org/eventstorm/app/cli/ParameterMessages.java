package org.eventstorm.app.cli;

import java.util.List;
import picocli.CommandLine;

/** picocli's word for a bad argument, made a sentence with the choices, and never a Java class name. */
final class ParameterMessages {
    private ParameterMessages() {
    }

    static String of(CommandLine.ParameterException exception) {
        String message = exception.getMessage() == null ? "a bad argument" : exception.getMessage();
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message = message + "; did you mean " + String.join(" or ", suggestions) + "?";
            }
        }
        // picocli names the exception of a failed conversion in brackets: "(java.lang.IllegalArgumentException: ...)".
        return message.replaceAll("\\s*\\((?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error)(?::[^)]*)?\\)", "");
    }
}
