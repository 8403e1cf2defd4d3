package io.mlaprep.bench;

/**
 * What the harness reads of one {@code /proc/<pid>/stat} line (proc(5)): the parent, and the CPU the process
 * has used in user and kernel mode ({@code utime + stime}), in clock ticks, over all its threads.
 */
record ProcStat(long pid, long parentPid, long cpuTicks) {

    /**
     * The command name (field 2) is in parentheses and may itself hold spaces and parentheses, so the fields
     * are counted from the last {@code ')'}.
     */
    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        }
        String[] fields = line.substring(close + 1).strip().split(" +");
        if (fields.length < 13) {
            throw new IllegalArgumentException("too few fields in /proc/<pid>/stat line: " + line);
        }
        // fields[0] is field 3 (state): ppid is field 4, utime field 14, stime field 15
        return new ProcStat(Long.parseLong(line.substring(0, open).strip()), Long.parseLong(fields[1]),
                Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    }
}
