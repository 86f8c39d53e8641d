package vn.ndaf.framework.synthetic;

/** Prints what a scale generates in memory, for tuning the profile (not a test). */
public final class ScaleProbe {

    private ScaleProbe() {
    }

    public static void main(String[] args) {
        double scale = Double.parseDouble(args.length > 0 ? args[0] : "1");
        long started = System.nanoTime();
        GenerationReport report = SyntheticNation.standard().generate(scale, 42, new InMemorySink(false));
        report.summary().forEach(System.out::println);
        System.out.println("seconds " + (System.nanoTime() - started) / 1e9);
    }
}
