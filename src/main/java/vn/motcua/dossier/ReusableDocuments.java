package vn.motcua.dossier;

import java.util.Optional;

/**
 * Where a component's reused file comes from (tái sử dụng): the applicant's data store, another module,
 * answers whether a file it holds may stand for a component of a new dossier. The dossier module alone
 * decides the flags {@code reused} and {@code fromNationalStore}, from this answer, never from what a
 * client claims.
 */
public interface ReusableDocuments {

    /**
     * The file with checksum {@code sha256}, as the store recorded it, when the store holds it for
     * {@code ownerId}, still valid today and of the type {@code componentName} asks for; empty otherwise.
     */
    Optional<Reuse> reusable(String ownerId, String componentName, String sha256);

    /**
     * A file the store lets a component reuse.
     *
     * @param file the file as recorded
     * @param fromNationalStore the store took it from the national data store
     */
    record Reuse(AttachedFile file, boolean fromNationalStore) {
    }
}
