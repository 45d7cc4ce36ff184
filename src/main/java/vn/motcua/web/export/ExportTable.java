package vn.motcua.web.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table as it is downloaded: a name (the sheet's), the header row and the rows. A cell is text, a
 * number or empty (null); numbers stay numbers so a spreadsheet can add them up.
 *
 * @param name short title, used as the sheet name
 * @param headers column titles, in the reader's language
 * @param rows one list of cells per row, as many as the headers
 */
public record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " cells under " + headers.size()
                        + " headers");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number)) {
                    throw new IllegalArgumentException("A cell is text, a number or empty, not " + cell.getClass());
                }
            }
            // Collections.unmodifiableList keeps the nulls that List.copyOf refuses.
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }
}
