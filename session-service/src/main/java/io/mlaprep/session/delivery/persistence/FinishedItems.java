package io.mlaprep.session.delivery.persistence;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import tools.jackson.databind.json.JsonMapper;

/**
 * The items of a finished session in one hash field ({@code z}): their JSON, deflated. A finished
 * session changes no more, and one field per item cost a 65-question exam about 22 KB of Redis (a field and its
 * entry per item, the same JSON names 65 times); together and compressed they take under 3 KB.
 */
final class FinishedItems {

    /** The stored items in item order, and when each was first shown (epoch ms, null if never). */
    record Archive(List<StoredItem> items, List<Long> shown) {
    }

    private final JsonMapper json;

    FinishedItems(JsonMapper json) {
        this.json = json;
    }

    byte[] write(Archive archive) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(json.writeValueAsBytes(archive));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    Archive read(byte[] stored) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a finished session's items are cut short");
                }
                out.write(buffer, 0, n);
            }
            return json.readValue(out.toByteArray(), Archive.class);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a finished session's items cannot be read", e);
        } finally {
            inflater.end();
        }
    }
}
