package vn.ndaf.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.Format;
import vn.ndaf.interop.FormatDetector;
import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportOptions;
import vn.ndaf.interop.ModelImporter;
import vn.ndaf.interop.csv.CsvFileSet;
import vn.ndaf.interop.io.SafeZip;
import vn.ndaf.repository.ProgressListener;
import vn.ndaf.service.ModelTransfer;
import vn.ndaf.service.TransferService;

/** Import and export of whole models through GraphQL; the file's content travels in the request and the answer. */
@Controller
public class InteropController {

    private final TransferService transfer;
    private final RequestCallers callers;

    public InteropController(TransferService transfer, RequestCallers callers) {
        this.transfer = transfer;
        this.callers = callers;
    }

    public record ImportResultView(String id, long revision, String format, int elementCount, int relationshipCount, int viewCount, List<String> warnings,
            List<WarningView> warningDetails, List<WarningCountView> warningCounts, boolean dryRun, List<ArchitectureController.ChangeView> changes) {
        static ImportResultView of(ModelTransfer.Imported i) {
            return new ImportResultView(i.id(), i.revision(), i.format().cliName(), i.elements(), i.relationships(), i.views(), i.warnings(),
                    i.warningDetails().stream().map(w -> new WarningView(w.kind(), w.part(), w.line(), w.message())).toList(),
                    i.warningCounts().entrySet().stream().map(e -> new WarningCountView(e.getKey(), e.getValue())).toList(), i.dryRun(),
                    i.changes().stream().map(ArchitectureController.ChangeView::of).toList());
        }
    }

    /** One import warning: its kind (relationship.invalid, viewpoint.unknown, ...), where, and what. */
    public record WarningView(String kind, String part, int line, String message) {
    }

    public record WarningCountView(String kind, int count) {
    }

    public record ExportedModelView(String content, String contentEncoding, String fileName, String mediaType) {
    }

    @MutationMapping
    public ImportResultView importModel(@Argument String content, @Argument String contentEncoding, @Argument String fileName, @Argument String body,
            @Argument String name, @Argument String state, @Argument Boolean strict, @Argument Boolean detach, DataFetchingEnvironment env) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("importModel needs the body the architecture belongs to (body: \"01\", \"BCA\", ...)");
        }
        vn.ndaf.api.bootstrap.Restructuring.refuseRetiredBody(body);
        String file = fileName == null || fileName.isBlank() ? "upload" : fileName;
        ImportOptions options = ImportOptions.named(file).withBody(body.strip()).withName(name).withState(state == null ? null : state.toLowerCase(Locale.ROOT))
                .withStrict(Boolean.TRUE.equals(strict));
        var result = ModelImporter.read(decode(content, contentEncoding, file), options);
        List<String> dissolved = vn.ndaf.api.bootstrap.Restructuring.dissolvedWarnings(result.architecture());
        ImportResultView view = ImportResultView.of(transfer.store(callers.of(env), result, file, ProgressListener.NONE, Boolean.TRUE.equals(detach)));
        return dissolved.isEmpty() ? view : new ImportResultView(view.id(), view.revision(), view.format(), view.elementCount(), view.relationshipCount(),
                view.viewCount(), java.util.stream.Stream.concat(dissolved.stream(), view.warnings().stream()).toList(), view.warningDetails(), view.warningCounts(),
                view.dryRun(), view.changes());
    }

    @MutationMapping
    public ImportResultView importIntoArchitecture(@Argument String id, @Argument String content, @Argument String contentEncoding, @Argument String fileName,
            @Argument Boolean strict, @Argument Long expectedRevision, @Argument Boolean dryRun, @Argument Boolean detach, DataFetchingEnvironment env) {
        String file = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
        byte[] bytes = decode(content, contentEncoding, file);
        ImportOptions options = ImportOptions.named(file).withStrict(Boolean.TRUE.equals(strict));
        ModelTransfer.Update update = new ModelTransfer.Update(expectedRevision, Boolean.TRUE.equals(dryRun), Boolean.TRUE.equals(detach));
        if (FormatDetector.detect(bytes, file) != Format.CSV) {
            var result = ModelImporter.read(bytes, options);
            return ImportResultView.of(transfer.replace(callers.of(env), id, result, file, ProgressListener.NONE, update));
        }
        CsvFileSet files = SafeZip.isZip(bytes) ? CsvFileSet.fromZip(bytes, file, options.maxBytes()) : CsvFileSet.fromSingle(bytes, file);
        return ImportResultView.of(transfer.importInto(callers.of(env), id, files, options, ProgressListener.NONE, update));
    }

    @QueryMapping
    public ExportedModelView exportArchitecture(@Argument String id, @Argument String format, @Argument Boolean standardOnly, @Argument Boolean excelSafe,
            DataFetchingEnvironment env) {
        Format f = Format.ofName(format);
        ModelTransfer.Exported exported = transfer.export(callers.of(env), id, f, (Boolean.TRUE.equals(standardOnly) ? ExportOptions.standard() : ExportOptions.defaults())
                .withExcelSafe(Boolean.TRUE.equals(excelSafe)));
        String content = exported.binary() ? Base64.getEncoder().encodeToString(exported.content()) : new String(exported.content(), StandardCharsets.UTF_8);
        return new ExportedModelView(content, exported.binary() ? "BASE64" : "TEXT", exported.fileName(), exported.mediaType());
    }

    private static byte[] decode(String content, String encoding, String file) {
        if (content == null) {
            throw new IllegalArgumentException("the content is missing");
        }
        ImportSizeLimit.checkContent(content, "BASE64".equals(encoding), file, ImportOptions.DEFAULT_MAX_BYTES);
        if ("BASE64".equals(encoding)) {
            try {
                return Base64.getMimeDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, "the content is not valid base64: " + e.getMessage());
            }
        }
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
