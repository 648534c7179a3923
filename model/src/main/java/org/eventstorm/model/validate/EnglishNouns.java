package org.eventstorm.model.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names that are things rather than actions: "Payment", "Loan Renewal", "Order Cancellation". A command named so
 * says what exists, not what to do; an event named so says neither. Knows the nouns business processes make of
 * their verbs (cancellation from cancel, renewal from renew), and which verbs are nouns too ("Order", "Book"),
 * since "Order Cancellation" is a noun phrase where "Approve Payment" is an instruction.
 */
public final class EnglishNouns {
    /** Noun and the verb it is made from. */
    private static final String[] NOMINALIZATIONS = {"payment pay", "shipment ship", "renewal renew", "approval approve", "removal remove",
            "arrival arrive", "refusal refuse", "withdrawal withdraw", "rental rent", "referral refer", "reversal reverse", "dismissal dismiss",
            "proposal propose", "disposal dispose", "cancellation cancel", "registration register", "confirmation confirm", "creation create",
            "deletion delete", "submission submit", "reservation reserve", "allocation allocate", "authorization authorize",
            "authorisation authorise", "activation activate", "deactivation deactivate", "validation validate", "verification verify",
            "notification notify", "modification modify", "completion complete", "delivery deliver", "adjustment adjust", "settlement settle",
            "fulfillment fulfill", "fulfilment fulfil", "placement place", "enrollment enroll", "enrolment enrol", "assignment assign",
            "replacement replace", "rejection reject", "acceptance accept", "termination terminate", "suspension suspend",
            "escalation escalate", "calculation calculate", "generation generate", "installation install", "subscription subscribe",
            "invitation invite", "selection select", "collection collect", "correction correct", "deployment deploy", "extension extend",
            "migration migrate", "publication publish", "reconciliation reconcile", "recovery recover", "revocation revoke",
            "evaluation evaluate", "estimation estimate", "conversion convert", "consumption consume", "connection connect",
            "closure close", "addition add", "application apply", "cancelation cancel", "admission admit", "inspection inspect",
            "investigation investigate", "qualification qualify", "transmission transmit", "preparation prepare", "purchase purchase",
            "resolution resolve", "restoration restore", "retirement retire", "signature sign", "approbation approve", "handover hand over",
            "checkout check out", "signup sign up", "login log in", "logout log out", "booking book", "billing bill", "shipping ship",
            "invoicing invoice", "onboarding onboard", "pricing price", "scheduling schedule", "packing pack", "picking pick"};
    /**
     * Words that, at the start of a name, are mostly the thing the name is about, even where they are verbs too:
     * "Order Cancellation" is about an order, where "Process Payment" and "Schedule Delivery" are instructions.
     */
    private static final Set<String> NOUNS_TOO = Set.of("order", "stock", "loan", "account", "customer", "cart", "user", "member",
            "payment", "invoice", "ticket", "contract", "item", "product", "subscription", "shipment", "delivery", "policy", "case",
            "membership", "inventory");
    private static final Map<String, String> VERB_OF = new HashMap<>();

    static {
        for (String pair : NOMINALIZATIONS) {
            int space = pair.indexOf(' ');
            VERB_OF.put(pair.substring(0, space), pair.substring(space + 1));
        }
    }

    private EnglishNouns() {
    }

    /**
     * True when the name is a noun phrase: it starts with a noun made from a verb ("Registration Request"), or ends with
     * one after a word that is not only a verb ("Loan Renewal", "Order Cancellation", "Payment"). "Approve Payment"
     * and "Cancel Subscription" are instructions.
     */
    public static boolean isNounPhrase(String name, boolean firstIsVerb) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        if (isNominalization(words.get(0)) && !firstIsVerb) {
            return true;
        }
        String first = words.get(0);
        return words.size() > 1 && isNominalization(words.get(words.size() - 1)) && (!firstIsVerb || NOUNS_TOO.contains(first));
    }

    /** "Order Cancellation" as an instruction: "Cancel Order"; "Loan Renewal": "Renew Loan". Empty when unsure. */
    public static Optional<String> asInstruction(String name) {
        List<String> words = words(name);
        for (int i = words.size() - 1; i >= 0; i--) {
            String verb = VERB_OF.get(words.get(i));
            if (verb != null) {
                List<String> result = new ArrayList<>();
                result.add(Character.toUpperCase(verb.charAt(0)) + verb.substring(1));
                List<String> original = originalWords(name);
                for (int j = 0; j < original.size(); j++) {
                    if (j != i && !Set.of("of", "for", "the", "a", "an").contains(words.get(j))) {
                        result.add(original.get(j));
                    }
                }
                return Optional.of(String.join(" ", result));
            }
        }
        return Optional.empty();
    }

    /** True for a word that, first in a name, is mostly the thing the name is about ("Order", "Loan"). */
    static boolean isMostlyNoun(String word) {
        return NOUNS_TOO.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The verb a noun is made from ("cancellation": "cancel"), when known. */
    static Optional<String> verbOf(String noun) {
        return Optional.ofNullable(VERB_OF.get(noun.toLowerCase(Locale.ROOT)));
    }

    private static boolean isNominalization(String word) {
        if (VERB_OF.containsKey(word)) {
            return true;
        }
        return word.length() > 6 && (word.endsWith("tion") || word.endsWith("sion") || word.endsWith("ment") || word.endsWith("ance")
                || word.endsWith("ence"));
    }

    private static List<String> words(String name) {
        return originalWords(name).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> originalWords(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
