package vn.motcua.dossier;

import java.util.List;

/**
 * What a hand-over (bàn giao) moved: the open dossiers {@code from} held, now held by {@code to}.
 *
 * @param codes the dossiers handed over, oldest first
 */
public record Handover(String from, String fromName, String to, String toName, List<String> codes)
        implements java.io.Serializable {

    public Handover {
        codes = List.copyOf(codes);
    }
}
