package vn.ndaf.analysis.gaps;

/** A gap analysis asked about something that is not there (an unknown architecture or plateau, two states of different bodies). */
public class GapInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GapInputException(String message) {
        super(message);
    }
}
