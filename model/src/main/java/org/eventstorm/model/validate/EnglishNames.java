package org.eventstorm.model.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Naming;

/**
 * Just enough English for Event Storming names: events are named in the past tense ("Order Placed", "Payment
 * Sent"), commands in the imperative ("Place Order"). Knows the common irregular verbs and the verbs business
 * processes use, and turns one form into the other for suggestions.
 */
public final class EnglishNames {
    /** Base form and past participle of irregular verbs. */
    private static final String[] IRREGULAR = {
            "pay paid", "send sent", "build built", "hold held", "sell sold", "make made", "do done", "give given",
            "take taken", "show shown", "write written", "choose chosen", "draw drawn", "buy bought", "bring brought",
            "catch caught", "teach taught", "think thought", "find found", "lose lost", "leave left", "keep kept",
            "meet met", "win won", "begin begun", "break broken", "freeze frozen", "hide hidden", "steal stolen",
            "tear torn", "wear worn", "know known", "grow grown", "throw thrown", "fly flown", "drive driven",
            "ride ridden", "rise risen", "eat eaten", "fall fallen", "forget forgotten", "forgive forgiven", "get got",
            "hang hung", "lead led", "lend lent", "mean meant", "ring rung", "say said", "see seen", "seek sought",
            "shoot shot", "sing sung", "sink sunk", "sleep slept", "speak spoken", "stand stood", "stick stuck",
            "tell told", "understand understood", "withdraw withdrawn", "withhold withheld", "rebuild rebuilt",
            "resend resent", "undo undone", "redo redone", "deal dealt", "feed fed", "feel felt", "fight fought",
            "forbid forbidden", "bind bound", "lay laid", "prove proven", "spin spun", "sweep swept", "wind wound",
            "overpay overpaid", "prepay prepaid", "repay repaid", "oversee overseen", "override overridden",
            "rewrite rewritten", "retake retaken", "undertake undertaken", "uphold upheld", "come come",
            "become become", "go gone", "run run", "put put", "set set", "reset reset", "cut cut", "quit quit",
            "split split", "spread spread", "shut shut", "hit hit", "cost cost", "let let", "bid bid", "bet bet",
            "cast cast", "broadcast broadcast", "forecast forecast", "input input", "output output", "upset upset",
            "read read", "shed shed", "mislay mislaid", "spend spent", "light lit", "dig dug", "strike struck",
            "swing swung", "slide slid", "speed sped", "wake woken", "weave woven", "outbid outbid", "misread misread",
            "sign-off signed-off"};
    /** Regular verbs business processes use, so that their forms are known exactly rather than guessed. */
    private static final String[] REGULAR = ("accept activate add adjust allocate allow amend apply approve archive arrive assign attach audit authenticate "
            + "authorize award back bill block book calculate call cancel capture change charge check claim clear close "
            + "collect commit complete compute confirm connect consume contact convert copy correct create credit debit "
            + "decline deduct defer delete deliver deny deploy deposit detect disable discount dispatch dispute download "
            + "drop edit email enable end enroll enter escalate estimate evaluate expire export extend fail file fill "
            + "finalize finish fix flag focus follow fulfill generate grant handle import increase initiate install "
            + "invite invoice issue join label launch list load lock log mark match merge migrate miss modify move "
            + "notify offer open order pack park pass pause pick place plan post prepare price print process publish "
            + "purchase qualify queue quote raise rate reach reactivate receive recall reconcile record recover refer "
            + "refund register reject release remind remove rename renew reopen reorder repair replace reply report "
            + "request require reschedule reserve resolve restock restore resume retry return reverse review revoke "
            + "route save scan schedule score select settle ship sign start stock stop store submit subscribe "
            + "suspend switch sync tag terminate test track trade transfer trigger unblock unlock unsubscribe update "
            + "upgrade upload use validate verify void wait waive withdraw").split(" ");
    private static final Set<String> NOT_PARTICIPLES = Set.of("need", "feed", "seed", "speed", "breed", "bleed", "greed",
            "deed", "weed", "creed", "steed", "embed", "bed", "red", "hundred", "kindred", "sacred", "naked", "wicked",
            "rugged", "ragged", "beloved", "shred", "sled", "fled", "led", "wed", "ted", "ned");
    private static final Set<String> PREPOSITIONS = Set.of("to", "from", "for", "by", "at", "in", "on", "into", "onto",
            "with", "of", "via", "after", "before", "during", "within", "without", "per");

    /** Words that end an event's name without being the thing acted on: "Stock Low" is not "Low Stocked". */
    private static final Set<String> NOT_OBJECTS = Set.of("low", "high", "empty", "full", "late", "early", "available", "unavailable",
            "ready", "overdue", "due", "open", "closed", "active", "inactive", "valid", "invalid", "out", "short", "missing", "down", "up",
            "ok", "failing", "pending", "now", "today");

    private static final Map<String, String> PARTICIPLE_OF = new HashMap<>();
    private static final Map<String, String> BASE_OF = new HashMap<>();

    static {
        for (String pair : IRREGULAR) {
            String[] words = pair.split(" ");
            PARTICIPLE_OF.put(words[0], words[1]);
            BASE_OF.putIfAbsent(words[1], words[0]);
        }
        for (String verb : REGULAR) {
            String participle = regularParticiple(verb);
            PARTICIPLE_OF.putIfAbsent(verb, participle);
            BASE_OF.putIfAbsent(participle, verb);
        }
        BASE_OF.put("canceled", "cancel");
        BASE_OF.put("labeled", "label");
    }

    private EnglishNames() {
    }

    /** True when the word is a past participle: "Placed", "Paid", "Sent", "Shipped". */
    public static boolean isParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (BASE_OF.containsKey(w)) {
            return !PARTICIPLE_OF.containsKey(w) || PARTICIPLE_OF.get(w).equals(w);
        }
        return w.length() > 4 && w.endsWith("ed") && !NOT_PARTICIPLES.contains(w) && w.chars().allMatch(Character::isLetter);
    }

    /** True when an event's name says something happened: some word is a past participle. */
    public static boolean isPastTense(String name) {
        return words(name).stream().anyMatch(EnglishNames::isParticiple);
    }

    /** True when a command's name reads as an instruction rather than as something that happened. */
    public static boolean isImperative(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return true;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (!PARTICIPLE_OF.containsKey(first) && (isParticiple(first) || (first.endsWith("ing") && first.length() > 4))) {
            return false;
        }
        if (words.size() > 1 && isOnlyParticiple(words.get(words.size() - 1))) {
            return false;
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (isOnlyParticiple(words.get(i)) && PREPOSITIONS.contains(words.get(i + 1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** True when the command's name is a thing, not an action: "Payment", "Loan Renewal", "Order Cancellation". */
    public static boolean isNounPhrase(String name) {
        List<String> words = words(name);
        return !words.isEmpty() && EnglishNouns.isNounPhrase(name, PARTICIPLE_OF.containsKey(words.get(0).toLowerCase(Locale.ROOT)));
    }

    /**
     * An event's name in the past tense, for a name that is not: its verb put in the past participle where the verb
     * can be told ("Order Create": "Order Created"; "Create Order": "Order Created"; "Order Cancellation": "Order
     * Cancelled"). Empty when unsure ("Stock Low" has no verb to put in the past).
     */
    public static Optional<String> pastTenseOf(String eventName) {
        List<String> words = words(eventName);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        String first = words.get(0).toLowerCase(Locale.ROOT);
        boolean firstIsVerb = PARTICIPLE_OF.containsKey(first) && !EnglishNouns.isMostlyNoun(first);
        if (words.size() > 1 && PARTICIPLE_OF.containsKey(last) && !firstIsVerb) {
            List<String> result = new ArrayList<>(words.subList(0, words.size() - 1));
            result.add(capitalized(PARTICIPLE_OF.get(last), words.get(words.size() - 1)));
            return Optional.of(String.join(" ", result));
        }
        Optional<String> verb = EnglishNouns.verbOf(last).filter(PARTICIPLE_OF::containsKey);
        if (words.size() > 1 && verb.isPresent()) {
            List<String> result = new ArrayList<>(words.subList(0, words.size() - 1));
            result.add(capitalized(PARTICIPLE_OF.get(verb.get()), words.get(words.size() - 1)));
            return Optional.of(String.join(" ", result));
        }
        if (words.size() > 1 && firstIsVerb && !NOT_OBJECTS.contains(last)) {
            return asEvent(eventName);
        }
        return Optional.empty();
    }

    /** A participle that is not also a verb's base form ("Placed", not "Set" or "Read"). */
    private static boolean isOnlyParticiple(String word) {
        return isParticiple(word) && !PARTICIPLE_OF.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** {@link #asEvent(String)} on a board written in English; empty on any other (its names are not English). */
    public static Optional<String> asEvent(Naming naming, String commandName) {
        return naming.isEnglish() ? asEvent(commandName) : Optional.empty();
    }

    /** {@link #asCommand(String)} on a board written in English; empty on any other. */
    public static Optional<String> asCommand(Naming naming, String eventName) {
        return naming.isEnglish() ? asCommand(eventName) : Optional.empty();
    }

    /** "Place Order" as an event: "Order Placed"; "Add Item to Cart": "Item Added to Cart". Empty when unsure. */
    public static Optional<String> asEvent(String commandName) {
        List<String> words = words(commandName);
        if (words.isEmpty() || !PARTICIPLE_OF.containsKey(words.get(0).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String participle = PARTICIPLE_OF.get(words.get(0).toLowerCase(Locale.ROOT));
        List<String> rest = words.subList(1, words.size());
        int preposition = firstPreposition(rest);
        List<String> result = new ArrayList<>(rest.subList(0, preposition));
        result.add(capitalized(participle, words.get(0)));
        result.addAll(rest.subList(preposition, rest.size()));
        return Optional.of(String.join(" ", result));
    }

    /** "Order Placed" as a command: "Place Order"; "Item Added to Cart": "Add Item to Cart". Empty when unsure. */
    public static Optional<String> asCommand(String eventName) {
        List<String> words = words(eventName);
        for (int i = 0; i < words.size(); i++) {
            if (isParticiple(words.get(i))) {
                String base = baseOf(words.get(i).toLowerCase(Locale.ROOT));
                if (base == null) {
                    return Optional.empty();
                }
                List<String> result = new ArrayList<>();
                result.add(capitalized(base, words.get(i)));
                result.addAll(words.subList(0, i));
                result.addAll(words.subList(i + 1, words.size()));
                return Optional.of(String.join(" ", result));
            }
        }
        return Optional.empty();
    }

    private static String baseOf(String participle) {
        String known = BASE_OF.get(participle);
        if (known != null) {
            return known;
        }
        String stem = participle.substring(0, participle.length() - 2);
        if (stem.endsWith("i")) {
            return stem.substring(0, stem.length() - 1) + "y";
        }
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        if (stem.endsWith("at") || stem.endsWith("ut") || stem.endsWith("ur") || stem.endsWith("ir") || stem.endsWith("iz")
                || stem.endsWith("v") || stem.endsWith("c") || stem.endsWith("g") || stem.endsWith("u") || stem.endsWith("as")
                || stem.endsWith("os") || stem.endsWith("is") || stem.endsWith("ns") || stem.endsWith("rs") || stem.endsWith("ok") && !stem.endsWith("ook")) {
            return stem + "e";
        }
        return stem;
    }

    private static String regularParticiple(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        if (Set.of("ship", "plan", "stop", "drop", "tag", "log", "flag", "submit", "commit", "transfer", "refer", "cancel",
                "label", "control", "permit", "admit", "omit", "prefer", "occur", "shop", "skip", "scan", "ban", "bar").contains(verb)) {
            return verb + verb.charAt(verb.length() - 1) + "ed";
        }
        return verb + "ed";
    }

    private static int firstPreposition(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return words.size();
    }

    private static String capitalized(String word, String like) {
        if (!like.isEmpty() && Character.isUpperCase(like.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
