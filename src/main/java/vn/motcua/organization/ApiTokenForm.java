package vn.motcua.organization;

/**
 * What an administrator types to issue an API token: for which officer, what it is for, and
 * optionally the last day it works ({@code yyyy-MM-dd}, empty for no end).
 */
public record ApiTokenForm(String officer, String name, String expiresOn) {

    public static ApiTokenForm blank() {
        return new ApiTokenForm("", "", "");
    }
}
