package vn.ndaf.service;

import vn.ndaf.repository.ReviewStore;
import vn.ndaf.repository.ReviewStore.Comment;
import vn.ndaf.repository.ReviewStore.Page;
import vn.ndaf.repository.ReviewStore.State;
import vn.ndaf.repository.ReviewStore.Status;
import vn.ndaf.repository.ReviewStore.Step;
import vn.ndaf.repository.ReviewStore.StepKind;

/**
 * The review of architectures (docs/graphql.md, "Reviewing an architecture"; ADR 0026): comments, and the steps
 * draft → submitted → approved or returned, a returned state submitted again. Who may do what:
 * <ul>
 * <li>reading the review, its steps and comments: every role;</li>
 * <li>commenting: REVIEWER on every architecture, ARCHITECT on those it may write (to answer their review), ADMIN;
 * not ANALYST ({@link Action#COMMENT});</li>
 * <li>submitting: whoever may write the architecture (its body's ARCHITECT in scope, ADMIN: {@link Action#WRITE});</li>
 * <li>approving and returning: REVIEWER and ADMIN ({@link Action#REVIEW}), never the account that submitted.</li>
 * </ul>
 * Every step and comment is recorded in the audit trail; out-of-order steps are conflicts (the store's
 * {@link vn.ndaf.repository.ConflictException}), refusals {@link ForbiddenException}s; neither records anything in the
 * review.
 */
public final class ReviewService {

    /** The longest comment, note or reason, in characters. */
    public static final int MAX_TEXT = 4000;
    /** The largest page of steps or comments. */
    public static final int MAX_PAGE = 1000;

    private final ReviewStore reviews;
    private final Guard guard;

    public ReviewService(ReviewStore reviews, Guard guard) {
        this.reviews = reviews;
        this.guard = guard;
    }

    /** Where the architecture's review stands. */
    public State state(Caller caller, String architecture) {
        return guard.read(caller, Action.READ, Target.architecture(architecture), () -> reviews.state(architecture));
    }

    /** The steps of the architecture's review, newest first, {@code first} of them before step number {@code after} (null: from the newest). */
    public Page<Step> steps(Caller caller, String architecture, int first, Long after) {
        return guard.read(caller, Action.READ, Target.architecture(architecture), () -> {
            checkPage(first);
            return reviews.steps(architecture, first, after);
        });
    }

    /**
     * The comments on the architecture and its objects (or on one object: {@code objectId}; the architecture's own id
     * for those on the architecture itself), newest first.
     */
    public Page<Comment> comments(Caller caller, String architecture, String objectId, int first, Long after) {
        return guard.read(caller, Action.READ, Target.architecture(architecture), () -> {
            checkPage(first);
            return reviews.comments(architecture, objectId, first, after);
        });
    }

    /** Adds a comment on the architecture (objectId null) or one of its objects, answering {@code replyTo} when given. */
    public Comment comment(Caller caller, String architecture, String objectId, String text, String replyTo) {
        String on = objectId == null || objectId.isBlank() ? "the architecture" : objectId;
        return guard.write(caller, Action.COMMENT, Target.architecture(architecture), "comment on " + on, () -> {
            String checked = text(text, "A comment", true);
            return reviews.comment(architecture, blank(objectId), caller.name(), checked, blank(replyTo));
        });
    }

    /** Submits the architecture for review as it is at {@code expectedRevision}. */
    public Step submit(Caller caller, String architecture, long expectedRevision, String note) {
        return guard.write(caller, Action.WRITE, Target.architecture(architecture), "submit revision " + expectedRevision + " for review",
                () -> reviews.submit(architecture, expectedRevision, caller.name(), text(note, "A note", false)));
    }

    /** Approves the submitted {@code revision}; refused to the account that submitted it, and when the architecture changed since. */
    public Step approve(Caller caller, String architecture, long revision, String note) {
        Target target = Target.architecture(architecture);
        String what = "approve revision " + revision;
        State state = guard.read(caller, Action.REVIEW, target, () -> reviews.state(architecture));
        if (submittedBy(state, caller)) {
            throw guard.refuse(caller, Action.REVIEW, target, what, ownSubmission(caller, state, "approve"));
        }
        return guard.write(caller, Action.REVIEW, target, what,
                () -> reviews.decide(architecture, StepKind.APPROVED, revision, state.steps(), caller.name(), text(note, "A note", false)));
    }

    /** Returns the submitted {@code revision} to its architects with a reason; refused to the account that submitted it. */
    public Step returnForChanges(Caller caller, String architecture, long revision, String reason) {
        Target target = Target.architecture(architecture);
        String what = "return revision " + revision;
        State state = guard.read(caller, Action.REVIEW, target, () -> reviews.state(architecture));
        if (submittedBy(state, caller)) {
            throw guard.refuse(caller, Action.REVIEW, target, what, ownSubmission(caller, state, "return"));
        }
        return guard.write(caller, Action.REVIEW, target, what + ": " + reason,
                () -> reviews.decide(architecture, StepKind.RETURNED, revision, state.steps(), caller.name(), text(reason, "A reason for returning", true)));
    }

    private static boolean submittedBy(State state, Caller caller) {
        return state.status() == Status.SUBMITTED && state.last() != null && state.last().by().equals(caller.name());
    }

    private static ForbiddenException ownSubmission(Caller caller, State state, String verb) {
        return new ForbiddenException(caller.name() + " submitted revision " + state.last().revision() + " of the architecture " + state.architecture()
                + " and may not " + verb + " it too; another reviewer decides.");
    }

    private static void checkPage(int first) {
        if (first < 1 || first > MAX_PAGE) {
            throw new IllegalArgumentException("first must be 1 to " + MAX_PAGE + ", not " + first);
        }
    }

    /** The text stripped; refused when required and empty, or longer than {@link #MAX_TEXT}; null when optional and empty. */
    private static String text(String text, String what, boolean required) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(what + " needs some text; it was empty.");
            }
            return null;
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_TEXT) {
            throw new IllegalArgumentException(what + " has at most " + MAX_TEXT + " characters, not " + length + ".");
        }
        return t;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
