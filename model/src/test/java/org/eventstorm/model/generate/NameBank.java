package org.eventstorm.model.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Words for generated boards: nouns, verbs with their past tense, qualifiers, contexts. */
final class NameBank {
    static final List<String> CONTEXTS = List.of("Cart", "Order", "Inventory", "Payment", "Fulfillment", "Shipping", "Billing",
            "Identity", "Catalog", "Pricing", "Returns", "Loyalty", "Support", "Analytics", "Notification", "Warehouse",
            "Procurement", "Invoicing", "Subscription", "Reviews");
    static final List<String> NOUNS = List.of("Order", "Invoice", "Shipment", "Parcel", "Refund", "Coupon", "Voucher",
            "Subscription", "Payment", "Reservation", "Cart", "Product", "Price", "Discount", "Return", "Exchange", "Claim",
            "Ticket", "Account", "Profile", "Address", "Delivery", "Pickup", "Route", "Carrier", "Label", "Manifest",
            "Stock Level", "Purchase Order", "Supplier", "Contract", "Quote", "Bundle", "Gift Card", "Wishlist", "Review",
            "Rating", "Campaign", "Newsletter", "Reminder", "Statement", "Credit Note", "Chargeback", "Settlement", "Payout",
            "Ledger Entry", "Tax Report", "Warehouse Slot", "Pick List", "Batch", "Lot", "Serial Number", "Warranty",
            "Repair", "Appointment", "Booking", "Membership", "Plan", "Trial", "License");
    /** Imperative and past tense, irregular ones included. */
    static final List<String[]> VERBS = List.of(
            new String[] {"Place", "Placed"}, new String[] {"Cancel", "Cancelled"}, new String[] {"Approve", "Approved"},
            new String[] {"Reject", "Rejected"}, new String[] {"Reserve", "Reserved"}, new String[] {"Release", "Released"},
            new String[] {"Ship", "Shipped"}, new String[] {"Pay", "Paid"}, new String[] {"Send", "Sent"},
            new String[] {"Build", "Built"}, new String[] {"Hold", "Held"}, new String[] {"Issue", "Issued"},
            new String[] {"Register", "Registered"}, new String[] {"Verify", "Verified"}, new String[] {"Schedule", "Scheduled"},
            new String[] {"Confirm", "Confirmed"}, new String[] {"Close", "Closed"}, new String[] {"Open", "Opened"},
            new String[] {"Assign", "Assigned"}, new String[] {"Archive", "Archived"}, new String[] {"Submit", "Submitted"},
            new String[] {"Refund", "Refunded"}, new String[] {"Renew", "Renewed"}, new String[] {"Suspend", "Suspended"},
            new String[] {"Create", "Created"}, new String[] {"Update", "Updated"}, new String[] {"Pack", "Packed"},
            new String[] {"Deliver", "Delivered"}, new String[] {"Bill", "Billed"}, new String[] {"Sell", "Sold"});
    static final List<String> QUALIFIERS = List.of("", "Priority", "Bulk", "Partial", "Express", "Recurring", "International",
            "Draft", "Scheduled", "Corporate", "Seasonal", "Backordered", "Digital", "Wholesale", "Trial", "Annual",
            "Monthly", "Regional", "Premium", "Standard", "Flagged");
    static final List<String> ACTORS = List.of("Customer", "Clerk", "Warehouse Worker", "Support Agent", "Finance Officer",
            "Buyer", "Courier", "Store Manager", "Auditor", "Partner", "Administrator", "Sales Rep");
    static final List<String> SYSTEMS = List.of("Gateway", "API", "Service", "Platform", "Exchange", "Portal");
    static final List<String> READ_MODELS = List.of("Overview", "History", "Dashboard", "List", "Summary", "Timeline", "Report");
    static final List<String> ISSUES = List.of("Race Condition", "Sync Delay", "Ownership Unclear", "Double Booking",
            "Timeout Policy", "Data Mismatch", "Missing Rule");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    NameBank(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A name not used before in this board for the given kind tag. */
    String unique(String kindTag, java.util.function.Supplier<String> candidate) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = candidate.get().replaceAll("\\s+", " ").strip();
            if (used.add(kindTag + ":" + name.toLowerCase(java.util.Locale.ROOT))) {
                return name;
            }
        }
        String base = candidate.get().replaceAll("\\s+", " ").strip();
        for (int n = 2;; n++) {
            String name = base + " " + n;
            if (used.add(kindTag + ":" + name.toLowerCase(java.util.Locale.ROOT))) {
                return name;
            }
        }
    }

    String qualifiedNoun() {
        return (pick(QUALIFIERS) + " " + pick(NOUNS)).strip();
    }
}
