package io.mlaprep.bench;

import java.io.IOException;

/** The kernel's clock ticks per second (USER_HZ), the unit of /proc's CPU times. */
final class ClockTicks {

    private ClockTicks() {
    }

    static long perSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes()).strip();
            if (getconf.waitFor() == 0 && answer.matches("\\d+")) {
                return Long.parseLong(answer);
            }
            throw new IllegalStateException("getconf CLK_TCK answered: " + answer);
        } catch (IOException e) {
            throw new IllegalStateException("getconf CLK_TCK failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
