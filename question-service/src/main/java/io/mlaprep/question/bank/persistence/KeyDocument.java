package io.mlaprep.question.bank.persistence;

import java.util.List;
import java.util.Map;

record KeyDocument(List<String> optionIds, List<String> order, Map<String, String> pairs) {
}
