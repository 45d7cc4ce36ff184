package vn.motcua.notification;

/** Where an officer is told of assignments and steps about to be late; either may be blank. */
public record OfficerContact(String username, String email, String phone)
        implements java.io.Serializable {
}
