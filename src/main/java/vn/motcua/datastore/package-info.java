/**
 * Data store (kho quản lý dữ liệu điện tử của tổ chức, cá nhân, DOMAIN.md §6): every signed result and
 * every digitised component of a citizen or organisation, kept under the owner's ID with its document
 * type, validity and source, so that a new dossier reuses what the store holds instead of asking for it
 * again.
 *
 * <p>Public face: {@link vn.motcua.datastore.DataStore} (an owner's documents, what a component may
 * reuse). It fills itself from events: {@code ResultIssued} from the result module, {@code DossierReceived}
 * (its digitised components) from the dossier module. It answers the dossier module's question "may this
 * file be reused for this component" through {@link vn.motcua.dossier.ReusableDocuments}, so the dossier
 * never depends on it.
 */
package vn.motcua.datastore;
