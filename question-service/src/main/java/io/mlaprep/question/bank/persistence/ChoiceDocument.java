package io.mlaprep.question.bank.persistence;

record ChoiceDocument(String id, String text) {
}
