package io.mlaprep.bench;

import java.util.List;

/**
 * CPU per answer: the stack's CPU over the answers-only window, less what it burns idle over as long (its idle
 * rate, measured before the load), divided by the answers the stack acknowledged in the window.
 */
record CpuCost(double idleSeconds, double loadSeconds, long answers, List<Row> rows, Machine duringLoad) {

    /**
     * Cores busy in the answers-only window: the whole machine's, and of those the load generator's and any process
     * that is neither it nor the stack (another build on a shared machine), which the figures cannot account for.
     */
    record Machine(double busyCores, double generatorCores, double otherCores) {
    }

    /**
     * @param idleCores the process's CPU rate with no load, in cores
     * @param rawMsPerAnswer its CPU over the window per answer, idle included
     * @param netMsPerAnswer the same less its idle rate over the window
     */
    record Row(String process, double idleCores, double loadCpuSeconds, double rawMsPerAnswer, double netMsPerAnswer) {
    }

    static CpuCost of(List<String> processes, CpuSample idleStart, CpuSample idleEnd, CpuSample loadStart,
                      CpuSample loadEnd, long answers, long ticksPerSecond) {
        if (answers <= 0) {
            throw new IllegalArgumentException("no answer was acknowledged in the window: CPU per answer is undefined");
        }
        double idleSeconds = idleEnd.secondsSince(idleStart);
        double loadSeconds = loadEnd.secondsSince(loadStart);
        List<Row> rows = processes.stream().map(process -> {
            double idleCores = (double) idleEnd.ticksSince(idleStart, process) / ticksPerSecond / idleSeconds;
            double loadCpuSeconds = (double) loadEnd.ticksSince(loadStart, process) / ticksPerSecond;
            return new Row(process, idleCores, loadCpuSeconds, 1000 * loadCpuSeconds / answers,
                    1000 * (loadCpuSeconds - idleCores * loadSeconds) / answers);
        }).toList();
        double stackCores = rows.stream().mapToDouble(Row::loadCpuSeconds).sum() / loadSeconds;
        double busyCores = (double) (loadEnd.machineBusyTicks() - loadStart.machineBusyTicks()) / ticksPerSecond / loadSeconds;
        double generatorCores = (double) (loadEnd.generatorTicks() - loadStart.generatorTicks()) / ticksPerSecond
                / loadSeconds;
        return new CpuCost(idleSeconds, loadSeconds, answers, rows,
                new Machine(busyCores, generatorCores, Math.max(0, busyCores - stackCores - generatorCores)));
    }

    double idleCores() {
        return rows.stream().mapToDouble(Row::idleCores).sum();
    }

    double loadCpuSeconds() {
        return rows.stream().mapToDouble(Row::loadCpuSeconds).sum();
    }

    double rawMsPerAnswer() {
        return rows.stream().mapToDouble(Row::rawMsPerAnswer).sum();
    }

    double netMsPerAnswer() {
        return rows.stream().mapToDouble(Row::netMsPerAnswer).sum();
    }
}
