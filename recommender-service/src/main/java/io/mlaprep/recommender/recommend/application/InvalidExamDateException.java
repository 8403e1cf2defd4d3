package io.mlaprep.recommender.recommend.application;

/** An exam date the recommender cannot plan to: not after today, or more than a year away. */
public class InvalidExamDateException extends RuntimeException {

    public InvalidExamDateException(String problem) {
        super(problem);
    }
}
