package io.mlaprep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The proc file system, at {@code /proc} or (in tests) at a folder laid out like it. */
final class ProcFs {

    private final Path root;

    ProcFs(Path root) {
        this.root = root;
    }

    static ProcFs system() {
        return new ProcFs(Path.of("/proc"));
    }

    List<Long> pids() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(entry -> entry.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .map(Long::valueOf).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty once the process is gone. */
    Optional<ProcStat> stat(long pid) {
        return read(pid, "stat").map(ProcStat::parse);
    }

    /** Ticks the whole machine's CPUs have been busy (the first line of /proc/stat), for what else ran meanwhile. */
    long machineBusyTicks() {
        try {
            return MachineStat.busyTicks(Files.readAllLines(root.resolve("stat")).getFirst());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments joined by spaces; empty once the process is gone. */
    String commandLine(long pid) {
        return read(pid, "cmdline").map(text -> text.replace('\0', ' ').strip()).orElse("");
    }

    private Optional<String> read(long pid, String file) {
        try {
            return Optional.of(Files.readString(root.resolve(Long.toString(pid)).resolve(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // a process that exits while being read answers ESRCH on the open file
            return Optional.empty();
        }
    }
}
