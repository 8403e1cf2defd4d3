package io.mlaprep.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A GET written byte for byte, for headers that HTTP clients refuse to send (control characters, malformed
 * schemes): each char of the header line goes out as one ISO-8859-1 byte.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status code of {@code GET path} on 127.0.0.1:port with this one extra header line. */
    public static int status(int port, String path, String headerLine) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headerLine
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
