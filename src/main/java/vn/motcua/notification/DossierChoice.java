package vn.motcua.notification;

/** How the applicant of one dossier chose to be told: channels, and the language of every message ("vi", "en"). */
public record DossierChoice(ChannelChoice channels, String language) {
}
