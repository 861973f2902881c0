package sv.gob.inpep.sesep.it;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what SESEP mailed, as the citizen's mail program would show it. */
final class Mails {

    private Mails() {
    }

    /** Waits for the mails sent to {@code recipient} until there are {@code count}; all of them, oldest first. */
    static List<MimeMessage> awaitTo(Mailbox mailbox, String recipient, int count, long millis) throws Exception {
        return awaitMatching(mailbox, () -> to(mailbox, recipient), count, millis, "to " + recipient);
    }

    /**
     * Waits for the mails whose subject contains {@code subjectPart} (an SEI number names one
     * request's mails) until there are {@code count}; all of them, oldest first. Other tests' mails,
     * sent again by the outbox's retries while this mailbox is open, do not count.
     */
    static List<MimeMessage> awaitAbout(Mailbox mailbox, String subjectPart, int count, long millis) throws Exception {
        return awaitMatching(mailbox, () -> about(mailbox, subjectPart), count, millis, "about " + subjectPart);
    }

    private static List<MimeMessage> awaitMatching(Mailbox mailbox, Callable<List<MimeMessage>> matching, int count,
            long millis, String what) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        List<MimeMessage> mails = matching.call();
        while (mails.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            mails = matching.call();
        }
        if (mails.size() < count) {
            throw new AssertionError(count + " mail(s) " + what + " expected, " + mails.size() + " arrived");
        }
        return mails;
    }

    /**
     * Waits up to 20 s for a mail to {@code recipient} whose subject contains {@code subjectPart}
     * and whose text contains {@code textPart} (other tests' mails to the same person may arrive too).
     */
    static MimeMessage await(Mailbox mailbox, String recipient, String subjectPart, String textPart) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage mail : to(mailbox, recipient)) {
                if (mail.getSubject() != null && mail.getSubject().contains(subjectPart) && text(mail).contains(textPart)) {
                    return mail;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail \"" + subjectPart + "\" with \"" + textPart + "\" to " + recipient);
    }

    static List<MimeMessage> to(Mailbox mailbox, String recipient) {
        return Arrays.stream(mailbox.received()).filter(m -> sentTo(m, recipient)).toList();
    }

    static List<MimeMessage> about(Mailbox mailbox, String subjectPart) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : mailbox.received()) {
            if (mail.getSubject() != null && mail.getSubject().contains(subjectPart)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** The plain-text part, decoded. */
    static String text(MimeMessage message) throws MessagingException, IOException {
        String text = text((Part) message);
        if (text == null) {
            throw new AssertionError("no text/plain part in " + message.getSubject());
        }
        return text;
    }

    /** The link to {@code page} (e.g. /cuenta/verificar.xhtml) with its token, from the plain-text part. */
    static String link(MimeMessage message, String page) throws MessagingException, IOException {
        Matcher m = Pattern.compile("https?://[^\\s<>\"]+" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_-]+").matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("no link to " + page + " in: " + text(message));
        }
        return m.group();
    }

    /** The token a link carries. */
    static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
