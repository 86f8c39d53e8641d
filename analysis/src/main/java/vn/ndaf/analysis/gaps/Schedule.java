package vn.ndaf.analysis.gaps;

import java.time.LocalDate;
import java.util.List;

import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.GapQueries;

/** Plan tasks and work packages (PlanTask) whose deadline is before a date and whose status is neither done nor cancelled. */
public final class Schedule {

    public record Late(String body, String architecture, String id, String name, String deadline, String status, String taskCode) {
    }

    public record Result(String asOf, List<Late> late) {

        public Result {
            late = List.copyOf(late);
        }
    }

    private final ArchitectureRepository repository;
    private final GapQueries queries;

    public Schedule(ArchitectureRepository repository, GapQueries queries) {
        this.repository = repository;
        this.queries = queries;
    }

    /** Late as of {@code asOf}: a task due that very day is not late yet. */
    public Result asOf(LocalDate asOf) {
        Architectures architectures = new Architectures(repository);
        List<Late> late = queries.lateTasks(asOf.toString()).stream().filter(r -> architectures.contains(r.architecture()))
                .map(r -> new Late(architectures.body(r.architecture()), r.architecture(), r.id(), r.name(), r.deadline(), r.status(), r.taskCode()))
                .toList();
        return new Result(asOf.toString(), late);
    }
}
