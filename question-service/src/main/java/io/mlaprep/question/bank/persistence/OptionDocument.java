package io.mlaprep.question.bank.persistence;

record OptionDocument(String id, String text, String explanation) {
}
