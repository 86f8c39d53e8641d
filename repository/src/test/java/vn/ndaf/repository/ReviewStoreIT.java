package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.ndaf.repository.ReviewStore.Status;
import vn.ndaf.repository.ReviewStore.StepKind;

/** The review as stored: its order of steps, decisions racing for one submission, and a model untouched by it. */
class ReviewStoreIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
    private final ReviewStore reviews = new ReviewStore(TestStore.get().driver());

    private String architecture() {
        return repository.create(TestModels.tiny(), WriteRequest.by("review test", "")).uid();
    }

    @Test
    void twoReviewersDecidingAtOnce_OneWins_TheOtherGetsAConflict() throws Exception {
        String id = architecture();
        reviews.submit(id, 1, "architect", null);
        long steps = reviews.state(id).steps();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (StepKind kind : new StepKind[] {StepKind.APPROVED, StepKind.RETURNED}) {
                Callable<String> decide = () -> {
                    start.await();
                    try {
                        reviews.decide(id, kind, 1, steps, "reviewer-" + kind, "lý do");
                        return "done";
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                };
                outcomes.add(pool.submit(decide));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("done", "conflict");
        } finally {
            pool.shutdownNow();
        }
        assertThat(reviews.state(id).steps()).isEqualTo(2);
        assertThat(reviews.steps(id, 10, null).items()).hasSize(2);
    }

    @Test
    void theReview_WritesNoRevisionAndNoObjectOfTheModel() {
        String id = architecture();
        LoadedModel before = repository.load(id);
        int objects = count(before);
        reviews.comment(id, "e1", "reviewer", "Ghi chú", null);
        reviews.submit(id, 1, "architect", "gửi");
        reviews.decide(id, StepKind.RETURNED, 1, reviews.state(id).steps(), "reviewer", "thiếu");
        LoadedModel after = repository.load(id);
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(count(after)).isEqualTo(objects);
        assertThat(repository.revisions(id)).hasSize(1);
        assertThat(reviews.state(id).status()).isEqualTo(Status.RETURNED);
    }

    @Test
    void anApprovedState_IsSubmittedAgainOnlyOnceItChanged() {
        String id = architecture();
        reviews.submit(id, 1, "architect", null);
        reviews.decide(id, StepKind.APPROVED, 1, reviews.state(id).steps(), "reviewer", null);
        assertThatThrownBy(() -> reviews.submit(id, 1, "architect", null)).isInstanceOf(ConflictException.class).hasMessageContaining("already approved");
        assertThatThrownBy(() -> reviews.decide(id, StepKind.RETURNED, 1, reviews.state(id).steps(), "reviewer", "x")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not submitted");
        assertThatThrownBy(() -> reviews.comment("never-stored-architecture", null, "r", "x", null)).isInstanceOf(NotFoundException.class);
        assertThat(reviews.state(id).steps()).isEqualTo(2);
    }

    private static int count(LoadedModel model) {
        int n = 0;
        for (var it = model.root().eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
