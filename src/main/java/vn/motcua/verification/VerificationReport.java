package vn.motcua.verification;

import eu.europa.esig.dss.detailedreport.DetailedReportFacade;
import eu.europa.esig.dss.simplereport.SimpleReportFacade;
import java.io.IOException;
import javax.xml.transform.TransformerException;

/**
 * DSS's own reports of one validation, for those who want every check: the simple report (one verdict per
 * signature, DSS's wording) and the detailed report (every building block of ETSI EN 319 102-1).
 *
 * @param simpleXml the simple report as DSS writes it
 * @param detailedXml the detailed report as DSS writes it
 */
public record VerificationReport(String simpleXml, String detailedXml) {

    /** The simple report as an HTML fragment, by DSS's own stylesheet (its texts escaped by XSLT). */
    public String simpleHtml() {
        try {
            return SimpleReportFacade.newFacade().generateHtmlReport(simpleXml);
        } catch (IOException | TransformerException e) {
            throw new IllegalStateException("DSS's own simple report does not transform", e);
        }
    }

    /** The detailed report as an HTML fragment, by DSS's own stylesheet. */
    public String detailedHtml() {
        try {
            return DetailedReportFacade.newFacade().generateHtmlReport(detailedXml);
        } catch (IOException | TransformerException e) {
            throw new IllegalStateException("DSS's own detailed report does not transform", e);
        }
    }
}
