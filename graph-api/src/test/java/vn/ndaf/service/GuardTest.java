package vn.ndaf.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class GuardTest {

    private final List<String> audit = new ArrayList<>();
    private final AuditLog log = AuditLog.recording((caller, action, target, outcome, what) -> audit.add(caller.name() + " " + action + " " + target + " " + outcome + " " + what));
    private final Caller ana = Caller.local("ana");

    @Test
    void aRefusal_RunsNoWork_AndIsAuditedForAWrite() {
        Guard guard = new Guard((caller, action, target) -> {
            throw new AccessDeniedException("no");
        }, log);
        AtomicInteger ran = new AtomicInteger();

        assertThatThrownBy(() -> guard.write(ana, Action.WRITE, Target.architecture("a1"), "rename", ran::incrementAndGet))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.read(ana, Action.READ, Target.architecture("a1"), ran::incrementAndGet)).isInstanceOf(AccessDeniedException.class);

        assertThat(ran).hasValue(0);
        assertThat(audit).containsExactly("ana WRITE architecture a1 REFUSED rename");
    }

    @Test
    void aWrite_IsAuditedAfterItsWork_DoneOrFailed() {
        Guard guard = new Guard(AccessPolicy.ALLOW_ALL, log);

        assertThat(guard.write(ana, Action.IMPORT, Target.body("01"), "import f.xml", () -> "id")).isEqualTo("id");
        assertThatThrownBy(() -> guard.write(ana, Action.EXPORT, Target.architecture("a2"), "export", () -> {
            throw new IllegalStateException("gone");
        })).hasMessage("gone");
        guard.read(ana, Action.READ, Target.STORE, () -> 1);

        assertThat(audit).containsExactly("ana IMPORT body 01 DONE import f.xml", "ana EXPORT architecture a2 FAILED export: gone");
    }

    @Test
    void aStepThatChangedNothing_IsNotAudited_ButAChangeOrAFailureIs() {
        Guard guard = new Guard(AccessPolicy.ALLOW_ALL, log);

        assertThat(guard.writeRecordedIfChanged(ana, Action.ADMINISTER, Target.STORE, "reference data", () -> "unchanged", "changed"::equals))
                .isEqualTo("unchanged");
        guard.writeRecordedIfChanged(ana, Action.ADMINISTER, Target.STORE, "reference data", () -> "changed", "changed"::equals);
        assertThatThrownBy(() -> guard.writeRecordedIfChanged(ana, Action.ADMINISTER, Target.STORE, "reference data", () -> {
            throw new IllegalStateException("store gone");
        }, x -> false)).hasMessage("store gone");

        assertThat(audit).containsExactly("ana ADMINISTER store DONE reference data", "ana ADMINISTER store FAILED reference data: store gone");
    }

    @Test
    void theCaller_IsRequired() {
        Guard guard = Guard.OPEN;

        assertThatThrownBy(() -> guard.read(null, Action.READ, Target.STORE, () -> 1)).isInstanceOf(NullPointerException.class).hasMessage("caller");
    }
}
