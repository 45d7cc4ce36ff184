package vn.motcua.archive;

import java.time.Instant;

/** Đề nghị tiêu huỷ: an officer's proposal to dispose of an archived dossier, waiting for approval. */
public record DisposalProposal(String code, String proposedBy, Instant proposedAt, String reason) {
}
