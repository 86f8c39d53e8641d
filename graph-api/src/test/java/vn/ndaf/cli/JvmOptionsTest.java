package vn.ndaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The JVM options {@code ./ndaf} and {@code benchmarks/run} start every process with
 * (scripts/jvm-options.sh, docs/adr/0007-jvm-options.md): huge pages exactly where Linux offers them, the
 * user's {@code NDAF_JAVA_OPTS} last, and nothing this machine's JVM would refuse.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class JvmOptionsTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "jvm-options.sh").toAbsolutePath().normalize();
    private static final Path THP = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    @Test
    void hugePagesExactlyWhereLinuxOffersThem() throws Exception {
        boolean offered = OS.LINUX.isCurrentOs() && Files.isReadable(THP)
                && Files.readString(THP).matches("(?s).*\\[(madvise|always)\\].*");
        List<String> options = options("");
        assertEquals(offered, options.contains("-XX:+UseTransparentHugePages"), () -> "options " + options + ", THP offered: " + offered);
    }

    @Test
    void theUsersOptionsComeLastSoTheyCanUndoTheDefaults() throws Exception {
        List<String> options = options("-XX:-UseTransparentHugePages -Dndaf.check=1");
        assertEquals(List.of("-XX:-UseTransparentHugePages", "-Dndaf.check=1"), options.subList(options.size() - 2, options.size()));
    }

    @Test
    void theJvmAcceptsEveryOption() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options(""));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
        assertFalse(output.contains("warning"), output);
    }

    @Test
    void shortCommandsCompileWithC1AndCollectSerially_LongOnesKeepTheDefaults() throws Exception {
        List<String> shortOnes = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertTrue(commandOptions("", "list", "--data", "x").containsAll(shortOnes));
        assertTrue(commandOptions("", "bodies").containsAll(shortOnes));
        assertTrue(commandOptions("", "import", "model.archimate", "--body", "01").containsAll(shortOnes));
        for (String longOne : List.of("serve", "generate")) {
            List<String> options = commandOptions("", longOne, "--data", "x");
            assertFalse(options.contains("-XX:TieredStopAtLevel=1"), longOne + ": " + options);
            assertFalse(options.contains("-XX:+UseSerialGC"), longOne + ": " + options);
        }
    }

    @Test
    void checkingOneArchitectureIsShort_CheckingTheWholeStoreIsLong() throws Exception {
        assertTrue(commandOptions("", "check", "abc123", "--data", "x").contains("-XX:TieredStopAtLevel=1"));
        List<String> all = commandOptions("", "check", "--all", "--data", "x", "--format", "json");
        assertFalse(all.contains("-XX:TieredStopAtLevel=1"), all::toString);
        assertFalse(all.contains("-XX:+UseSerialGC"), all::toString);
    }

    @Test
    void anImportOfALargeFileKeepsTheDefaults() throws Exception {
        Path file = Files.createTempFile("ndaf-jvm-options-", ".xml");
        try {
            Files.write(file, new byte[2 * 1024 * 1024]);
            List<String> options = commandOptionsWith(Map.of("NDAF_SHORT_IMPORT_MB", "1"), "", "import", file.toString(), "--body", "01");
            assertFalse(options.contains("-XX:TieredStopAtLevel=1"), options::toString);
            assertTrue(commandOptionsWith(Map.of("NDAF_SHORT_IMPORT_MB", "4"), "", "import", file.toString(), "--body", "01").contains("-XX:TieredStopAtLevel=1"));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aCollectorTheUserNamesIsNotDoubled_AndTheUsersOptionsStayLast() throws Exception {
        List<String> options = commandOptions("-XX:+UseParallelGC", "list");
        assertFalse(options.contains("-XX:+UseSerialGC"), options::toString);
        assertEquals("-XX:+UseParallelGC", options.get(options.size() - 1));
    }

    @Test
    void theJvmAcceptsEveryOptionOfAShortCommand() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(commandOptions("", "list"));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
        assertFalse(output.contains("warning"), output);
    }

    private static List<String> commandOptions(String user, String... args) throws IOException, InterruptedException {
        return commandOptionsWith(Map.of(), user, args);
    }

    /** What {@code ndaf_command_jvm_options ARGS} prints, as words. */
    private static List<String> commandOptionsWith(Map<String, String> environment, String user, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "source \"$0\" && ndaf_command_jvm_options \"$@\"", SCRIPT.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder bash = new ProcessBuilder(command);
        bash.environment().putAll(environment);
        bash.environment().put("NDAF_JAVA_OPTS", user);
        return words(bash);
    }

    /** What {@code ndaf_jvm_options} prints, as words, with {@code NDAF_JAVA_OPTS} set to {@code user}. */
    private static List<String> options(String user) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT + " is missing");
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", "source \"$0\" && ndaf_jvm_options", SCRIPT.toString());
        bash.environment().put("NDAF_JAVA_OPTS", user);
        return words(bash);
    }

    private static List<String> words(ProcessBuilder bash) throws IOException, InterruptedException {
        Process process = bash.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return Arrays.stream(output.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
