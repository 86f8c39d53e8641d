package vn.ndaf.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The review of architectures as the store keeps it (docs/graphql.md, "Reviewing an architecture"; ADR 0026):
 * comments on an architecture or one of its objects ({@code :ReviewComment}) and the steps of its review
 * ({@code :ReviewStep}: submitted, approved, returned), each with who and when, and one {@code :ReviewState} per
 * architecture that says where its review stands and that every writer of the review locks first. All three are
 * tied to their architecture by its id ({@code arch}), not by a relationship, so that loading, exporting and the
 * model's history never meet them. Who may do what is the caller's to decide; this class keeps the order of the
 * steps: draft, then submitted, then approved or returned, a returned (or since changed approved) state submitted
 * again.
 */
public final class ReviewStore {

    /** Where an architecture's review stands. */
    public enum Status {
        /** Never submitted. */
        DRAFT,
        /** Submitted at a revision, waiting for a reviewer. */
        SUBMITTED,
        /** The submitted revision was approved. */
        APPROVED,
        /** The submitted revision was returned with a reason. */
        RETURNED
    }

    /** What one step of a review did. */
    public enum StepKind {
        SUBMITTED, APPROVED, RETURNED
    }

    /** One step: its number in the architecture's review (1, 2, …), what, at which revision, by whom, when, with which note or reason. */
    public record Step(long number, StepKind kind, long revision, String by, Instant at, String note) {
    }

    /**
     * An architecture's review: its status, the architecture's revision now, the last step (null while a draft), the
     * number of steps and of comments.
     */
    public record State(String architecture, Status status, long architectureRevision, Step last, long steps, long comments) {
    }

    /** One comment: on the architecture ({@code objectId} null) or on one of its objects; {@code replyTo} the id of the comment it answers. */
    public record Comment(String id, String architecture, String objectId, String author, Instant at, String text, String replyTo) {
    }

    /** A page, newest first; {@code nextAfter} is what to pass as {@code after} for the next page, null on the last. */
    public record Page<T>(List<T> items, long totalCount, Long nextAfter) {
    }

    private final Driver driver;

    public ReviewStore(Driver driver) {
        this.driver = driver;
    }

    /** The review of a stored architecture. */
    public State state(String architecture) {
        return Transactions.read(driver, tx -> {
            long revision = revision(tx, architecture);
            return readState(tx, architecture, revision);
        });
    }

    /**
     * Submits the architecture for review as it is at {@code expectedRevision}.
     *
     * @throws NotFoundException when no such architecture is stored
     * @throws ConflictException when the architecture is no longer at that revision, is already submitted, or that
     *                           revision is already approved
     */
    public Step submit(String architecture, long expectedRevision, String by, String note) {
        return Transactions.write(driver, tx -> {
            long current = revision(tx, architecture);
            Map<String, Object> s = lock(tx, architecture);
            if (current != expectedRevision) {
                throw new ConflictException("The architecture " + architecture + " is at revision " + current + ", not " + expectedRevision
                        + "; look at revision " + current + " and submit that. Nothing was recorded.");
            }
            Status status = Status.valueOf((String) s.get("status"));
            long stateRevision = GraphReads.asLong(s.get("revision"));
            if (status == Status.SUBMITTED) {
                throw new ConflictException("The architecture " + architecture + " is already submitted for review at revision " + stateRevision + " by "
                        + s.get("by") + "; a reviewer approves or returns it first. Nothing was recorded.");
            }
            if (status == Status.APPROVED && stateRevision == current) {
                throw new ConflictException("Revision " + current + " of the architecture " + architecture + " is already approved. Nothing was recorded.");
            }
            return step(tx, architecture, s, StepKind.SUBMITTED, current, by, note);
        });
    }

    /**
     * Approves or returns the submitted revision, if the review is still at {@code expectedSteps} steps (the state the
     * caller decided on).
     *
     * @throws NotFoundException when no such architecture is stored
     * @throws ConflictException when it is not submitted, {@code revision} is not the submitted one, the review moved
     *                           on, or (approving) the architecture changed since it was submitted
     */
    public Step decide(String architecture, StepKind kind, long revision, long expectedSteps, String by, String note) {
        if (kind == StepKind.SUBMITTED) {
            throw new IllegalArgumentException("A decision approves or returns; submitting is submit().");
        }
        String verb = kind == StepKind.APPROVED ? "approve" : "return";
        return Transactions.write(driver, tx -> {
            long current = revision(tx, architecture);
            Map<String, Object> s = lock(tx, architecture);
            Status status = Status.valueOf((String) s.get("status"));
            long submitted = GraphReads.asLong(s.get("revision"));
            if (status != Status.SUBMITTED) {
                throw new ConflictException("The architecture " + architecture + " is not submitted for review (it is " + status.name().toLowerCase()
                        + (status == Status.DRAFT ? "" : " at revision " + submitted) + "); there is nothing to " + verb + ". Nothing was recorded.");
            }
            if (GraphReads.asLong(s.get("steps")) != expectedSteps) {
                throw new ConflictException("The review of the architecture " + architecture + " changed while you decided; look at it again. Nothing was recorded.");
            }
            if (revision != submitted) {
                throw new ConflictException("Revision " + submitted + " of the architecture " + architecture + " is submitted for review, not revision " + revision
                        + ". Nothing was recorded.");
            }
            if (kind == StepKind.APPROVED && current != submitted) {
                throw new ConflictException("Revision " + submitted + " of the architecture " + architecture + " was submitted, but the architecture has changed since: it is now at revision "
                        + current + ". Return it, or ask for revision " + current + " to be submitted. Nothing was recorded.");
            }
            return step(tx, architecture, s, kind, submitted, by, note);
        });
    }

    /** The steps of the architecture's review, newest first: at most {@code first} of those before step {@code after} (null: from the newest). */
    public Page<Step> steps(String architecture, int first, Long after) {
        return Transactions.read(driver, tx -> {
            revision(tx, architecture);
            Map<String, Object> p = new HashMap<>();
            p.put("arch", architecture);
            p.put("after", after);
            p.put("limit", first + 1);
            List<Step> rows = tx.run("""
                    MATCH (s:ReviewStep {arch: $arch}) WHERE $after IS NULL OR s.seq < $after
                    RETURN s ORDER BY s.seq DESC LIMIT $limit""", p).list(r -> step(r.get("s")));
            long total = tx.run("MATCH (s:ReviewStep {arch: $arch}) RETURN count(s) AS n", Map.of("arch", architecture)).single().get("n").asLong();
            boolean more = rows.size() > first;
            List<Step> page = more ? rows.subList(0, first) : rows;
            return new Page<>(List.copyOf(page), total, more ? page.get(page.size() - 1).number() : null);
        });
    }

    /**
     * Adds a comment on the architecture ({@code objectId} null or the architecture's own id) or on one of its objects,
     * answering the comment {@code replyTo} when given.
     *
     * @throws NotFoundException when the architecture, the object or the comment answered is not stored
     */
    public Comment comment(String architecture, String objectId, String author, String text, String replyTo) {
        return Transactions.write(driver, tx -> {
            revision(tx, architecture);
            String object = objectId == null || objectId.isBlank() || objectId.equals(architecture) ? null : objectId;
            if (object != null) {
                boolean known = tx.run("MATCH (n:Identified {uid: $uid}) RETURN count(n) > 0 AS known", Map.of("uid", architecture + "/" + object)).single()
                        .get("known").asBoolean();
                if (!known) {
                    throw new NotFoundException("The architecture " + architecture + " has no object " + object + " to comment on.");
                }
            }
            if (replyTo != null && !replyTo.isBlank()) {
                boolean known = tx.run("MATCH (c:ReviewComment {uid: $uid}) RETURN count(c) > 0 AS known", Map.of("uid", architecture + "#" + replyTo)).single()
                        .get("known").asBoolean();
                if (!known) {
                    throw new NotFoundException("The architecture " + architecture + " has no comment " + replyTo + " to reply to.");
                }
            }
            lock(tx, architecture);
            Map<String, Object> p = new HashMap<>();
            p.put("arch", architecture);
            p.put("object", object);
            p.put("author", author);
            p.put("text", text);
            p.put("replyTo", replyTo == null || replyTo.isBlank() ? null : replyTo);
            p.put("at", Instant.now().atOffset(ZoneOffset.UTC));
            Value c = tx.run("""
                    MATCH (s:ReviewState {arch: $arch})
                    SET s.comments = coalesce(s.comments, 0) + 1
                    CREATE (c:ReviewComment {uid: $arch + '#c' + toString(s.comments), id: 'c' + toString(s.comments), arch: $arch, seq: s.comments, objectId: $object,
                            author: $author, at: $at, text: $text, replyTo: $replyTo})
                    RETURN c""", p).single().get("c");
            return comment(c);
        });
    }

    /**
     * The comments of the architecture, newest first: on the architecture and all its objects ({@code objectId} null)
     * or on one object only; at most {@code first} of those before comment number {@code after} (null: from the newest).
     */
    public Page<Comment> comments(String architecture, String objectId, int first, Long after) {
        return Transactions.read(driver, tx -> {
            revision(tx, architecture);
            Map<String, Object> p = new HashMap<>();
            p.put("arch", architecture);
            p.put("object", objectId == null || objectId.isBlank() ? null : objectId);
            p.put("self", objectId != null && objectId.equals(architecture));
            p.put("after", after);
            p.put("limit", first + 1);
            String where = "WHERE ($object IS NULL OR ($self AND c.objectId IS NULL) OR c.objectId = $object)";
            List<Comment> rows = tx.run("MATCH (c:ReviewComment {arch: $arch}) " + where + " AND ($after IS NULL OR c.seq < $after)"
                    + " RETURN c ORDER BY c.seq DESC LIMIT $limit", p).list(r -> comment(r.get("c")));
            long total = tx.run("MATCH (c:ReviewComment {arch: $arch}) " + where + " RETURN count(c) AS n", p).single().get("n").asLong();
            boolean more = rows.size() > first;
            List<Comment> page = more ? rows.subList(0, first) : rows;
            return new Page<>(List.copyOf(page), total, more ? Long.parseLong(page.get(page.size() - 1).id().substring(1)) : null);
        });
    }

    /** The architecture's revision; it must be stored (not deleted). */
    private static long revision(TransactionContext tx, String architecture) {
        var rows = tx.run("MATCH (a:Architecture {uid: $uid}) RETURN coalesce(a.revision, 0) AS rev", Map.of("uid", architecture == null ? "" : architecture)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("No architecture " + architecture + " is stored.");
        }
        return rows.get(0).get("rev").asLong();
    }

    /** The architecture's review state, made a draft when first needed, locked for this transaction. */
    private static Map<String, Object> lock(TransactionContext tx, String architecture) {
        return tx.run("""
                MERGE (s:ReviewState {arch: $arch})
                  ON CREATE SET s.status = 'DRAFT', s.steps = 0, s.comments = 0, s.revision = 0
                SET s.lockedAt = datetime()
                RETURN s{.*} AS s""", Map.of("arch", architecture)).single().get("s").asMap();
    }

    private static State readState(TransactionContext tx, String architecture, long revision) {
        var rows = tx.run("MATCH (s:ReviewState {arch: $arch}) OPTIONAL MATCH (l:ReviewStep {arch: $arch, seq: s.steps}) RETURN s{.*} AS s, l",
                Map.of("arch", architecture)).list();
        if (rows.isEmpty()) {
            return new State(architecture, Status.DRAFT, revision, null, 0, 0);
        }
        Map<String, Object> s = rows.get(0).get("s").asMap();
        Value l = rows.get(0).get("l");
        return new State(architecture, Status.valueOf((String) s.get("status")), revision, l.isNull() ? null : step(l), GraphReads.asLong(s.get("steps")),
                GraphReads.asLong(s.get("comments")));
    }

    private static Step step(TransactionContext tx, String architecture, Map<String, Object> state, StepKind kind, long revision, String by, String note) {
        Map<String, Object> p = new HashMap<>();
        p.put("arch", architecture);
        p.put("kind", kind.name());
        p.put("status", kind.name());
        p.put("revision", revision);
        p.put("by", by);
        p.put("note", note == null || note.isBlank() ? null : note);
        p.put("at", Instant.now().atOffset(ZoneOffset.UTC));
        Value v = tx.run("""
                MATCH (s:ReviewState {arch: $arch})
                SET s.steps = s.steps + 1, s.status = $status, s.revision = $revision, s.by = $by
                CREATE (t:ReviewStep {arch: $arch, seq: s.steps, kind: $kind, revision: $revision, by: $by, at: $at, note: $note})
                RETURN t""", p).single().get("t");
        return step(v);
    }

    private static Step step(Value v) {
        return new Step(v.get("seq").asLong(), StepKind.valueOf(v.get("kind").asString()), v.get("revision").asLong(), v.get("by").asString(), instant(v.get("at")),
                text(v.get("note")));
    }

    private static Comment comment(Value v) {
        return new Comment(v.get("id").asString(), v.get("arch").asString(), text(v.get("objectId")), v.get("author").asString(), instant(v.get("at")),
                v.get("text").asString(), text(v.get("replyTo")));
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Instant instant(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        ZonedDateTime z = v.asZonedDateTime();
        return z.toInstant();
    }
}
