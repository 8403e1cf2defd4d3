package io.mlaprep.session.delivery.web;

/** An exam answer was saved; its grade stays hidden until the exam is finished. */
public record SavedView(boolean saved, int n, boolean answered, boolean flagged) {
}
